package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.pvdm.testsupport.Needs;

/** No exception reaches the person: a bug is one line plus where to find details; a password is never printed. */
class TopLevelErrorsTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final Throwable t;

        Boom(Throwable t) {
            this.t = t;
        }

        @Override
        public Integer call() throws Exception {
            if (t instanceof Exception e) {
                throw e;
            }
            throw (Error) t;
        }
    }

    private static CliRun run(Throwable t, String... args) {
        CommandLine cl = Cli.commandLine();
        cl.addSubcommand(new CommandLine(new Boom(t)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(cl, args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void anInternalErrorIsOneLineWithWhereToLook() {
        for (Throwable t : new Throwable[] {new NullPointerException("Cannot invoke \"String.length()\"\nsecond line"),
            new IllegalStateException(), new StackOverflowError(), new OutOfMemoryError("Java heap space")}) {
            CliRun r = run(t, "boom");
            assertEquals(ExitCodes.INTERNAL, r.exit(), t + ": " + r.err());
            assertTrue(r.oneLineError() || !r.err().strip().contains("\n"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertTrue(r.err().startsWith("pvdm: internal error: ") && r.err().contains("run with -v for details"),
                    r.err());
        }
    }

    @Test
    void aBugOnABackgroundThreadIsOneLineToo() throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        StringWriter err = new StringWriter();
        try {
            Cli.reportThreadBugs(new PrintWriter(err));
            Thread t = new Thread(() -> {
                throw new IllegalStateException("sampler broke\nsecond line");
            }, "pvdm-sampler");
            t.start();
            t.join();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertEquals("pvdm: internal error on thread pvdm-sampler: IllegalStateException: sampler broke (a bug in pvdm;"
                + " run with -v for details and report them)", err.toString().strip());
    }

    @Test
    void aPasswordInTheArgumentsIsNeverPrinted() {
        CliRun r = run(new IllegalStateException("cannot use qemu+ssh://root:hunter2@h/system"), "boom",
                "--connect=qemu+ssh://root:hunter2@h/system");
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertFalse(r.err().contains("hunter2"), "a usage error does not echo the password: " + r.err());
        CliRun inner = run(new IllegalStateException("cannot use qemu+ssh://root:hunter2@h/system"),
                "--connect", "qemu+ssh://root:hunter2@h/system", "boom");
        assertEquals(ExitCodes.INTERNAL, inner.exit(), inner.err());
        assertFalse(inner.err().contains("hunter2"), inner.err());
        assertTrue(inner.err().contains("qemu+ssh://root@h/system"), inner.err());
    }

    @Test
    void theVerboseLogOfARealRunHoldsNoPassword() throws Exception {
        Needs.libvirt0();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dpvdm.nogui=true", "-cp", System.getProperty("java.class.path"),
                "org.pvdm.Main", "-v", "list", "--connect", "qemu+tcp://admin:hunter2@127.0.0.1:" + port + "/system")
                .redirectErrorStream(true).start();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.UNREACHABLE, p.waitFor(), all);
        assertTrue(all.contains("[DEBUG]"), "the -v log is on: " + all);
        assertFalse(all.contains("hunter2"), all);
        assertTrue(all.contains("admin@127.0.0.1"), all);
    }

    @Test
    void aHostThatRefusesGetsAMessageWithoutThePassword() throws Exception {
        Needs.libvirt0();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CliRun r = CliRun.of("list", "--connect", "qemu+tcp://admin:hunter2@127.0.0.1:" + port + "/system");
        assertEquals(ExitCodes.UNREACHABLE, r.exit(), r.err());
        assertTrue(r.oneLineError(), r.err());
        assertFalse(r.err().contains("hunter2"), r.err());
        assertTrue(r.err().contains("admin@127.0.0.1"), r.err());
        CliRun many = CliRun.of("list", "--json", "--connect", "test:///default", "--connect",
                "qemu+tcp://admin:hunter2@127.0.0.1:" + port + "/system");
        assertFalse(many.out().contains("hunter2") || many.err().contains("hunter2"), many.out() + many.err());
        assertTrue(many.out().contains("qemu+tcp://admin@127.0.0.1:" + port), many.out());
    }
}
