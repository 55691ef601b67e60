package org.pvdm.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pvdm.testsupport.Needs;

/**
 * A libvirtd of its own that a fault test may kill and start again, never the machine's: it runs as the
 * unprivileged user {@value #USER} (created when missing) with its own runtime folder and socket; root reaches it
 * as {@code qemu+unix:///session?socket=...}. Needs root, libvirtd and QEMU; skips naming what is missing
 * (fails in CI).
 */
final class PrivateLibvirtd implements AutoCloseable {
    static final String USER = "pvdmfault";

    private final int uid;
    private final Path runtime;

    private PrivateLibvirtd(int uid) {
        this.uid = uid;
        this.runtime = Path.of("/run/user/" + uid);
    }

    /** Starts it (or skips the test, naming what is missing). */
    static PrivateLibvirtd startOrSkip() throws Exception {
        Needs.libvirt0();
        Needs.present("root".equals(System.getProperty("user.name")), () -> "root, to run a private libvirtd as user "
                + USER + " (the fault tests never touch the machine's own libvirtd)");
        Needs.present(Files.isExecutable(Path.of("/usr/sbin/libvirtd")), () -> "libvirtd (scripts/test installs it)");
        Needs.present(Files.isExecutable(Path.of("/usr/bin/qemu-system-x86_64")), () -> "qemu-system-x86_64");
        if (run(List.of("id", "-u", USER)).exit != 0) {
            Out made = run(List.of("useradd", "-m", "-s", "/bin/sh", USER));
            Needs.present(made.exit == 0, () -> "the user " + USER + " (useradd failed: " + made.text + ")");
        }
        int uid = Integer.parseInt(run(List.of("id", "-u", USER)).text.strip());
        PrivateLibvirtd d = new PrivateLibvirtd(uid);
        d.prepare();
        d.start();
        return d;
    }

    private void prepare() throws Exception {
        Files.createDirectories(runtime);
        run(List.of("chown", USER + ":", runtime.toString()));
        run(List.of("chmod", "0700", runtime.toString()));
    }

    String uri() {
        return "qemu+unix:///session?socket=" + socket();
    }

    Path socket() {
        return runtime.resolve("libvirt/libvirt-sock");
    }

    Path home() {
        return Path.of("/home/" + USER);
    }

    /** Runs a shell command as the user, with its runtime folder. */
    Out asUser(String command) throws Exception {
        return run(List.of("su", USER, "-s", "/bin/sh", "-c", "XDG_RUNTIME_DIR=" + runtime + " " + command));
    }

    void start() throws Exception {
        if (alive()) {
            return;
        }
        Out o = asUser("libvirtd --daemon");
        for (int i = 0; i < 600 && !(alive() && Files.exists(socket())); i++) {
            Thread.sleep(100);
        }
        if (!alive()) {
            throw new IllegalStateException("the private libvirtd did not start: " + o.text);
        }
        // the socket accepts once libvirtd listens: give it a moment to answer
        for (int i = 0; i < 600; i++) {
            if (run(List.of("virsh", "-c", uri(), "version")).exit == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the private libvirtd does not answer at " + uri());
    }

    /** SIGKILL, like a crash; returns once the process is gone. */
    void kill() throws Exception {
        long pid = pid();
        if (pid <= 0) {
            return;
        }
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        for (int i = 0; i < 600 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(50);
        }
    }

    boolean alive() throws IOException {
        long pid = pid();
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private long pid() throws IOException {
        Path f = runtime.resolve("libvirt/libvirtd.pid");
        if (!Files.exists(f)) {
            return -1;
        }
        String s = Files.readString(f).strip();
        return s.isEmpty() ? -1 : Long.parseLong(s);
    }

    /** Kills its guests and the daemon; the user's definitions of guests stay for the next run to reuse. */
    @Override
    public void close() throws Exception {
        kill();
    }

    record Out(int exit, String text) {}

    static Out run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Out(-1, "timed out: " + String.join(" ", cmd));
        }
        return new Out(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
