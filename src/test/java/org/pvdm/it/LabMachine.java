package org.pvdm.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.pvdm.cli.Cli;
import org.pvdm.testsupport.Needs;

/** What the lab IT needs from the machine (it skips naming what is missing), and running the CLI in-process. */
final class LabMachine {
    record Run(int exit, String out, String err) {}

    private LabMachine() {}

    static void assumeReady() {
        for (String tool : new String[] {"qemu-system-x86_64", "qemu-img", "ip", "virsh"}) {
            Needs.present(onPath(tool), () -> tool + " is not installed (scripts/test installs QEMU and libvirt"
                    + " as root: sh src/main/resources/org/pvdm/lab/setup-host.sh)");
        }
        Needs.present("root".equals(System.getProperty("user.name")),
                () -> "root: the lab on qemu:///system needs it (a bridge, images under /var/lib/libvirt)");
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static boolean linkExists(String name) throws Exception {
        Process p = new ProcessBuilder("ip", "link", "show", "dev", name).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(15, TimeUnit.SECONDS), "ip link show hangs");
        return p.exitValue() == 0;
    }

    static String since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s";
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin";
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
