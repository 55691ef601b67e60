package org.pvdm.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs host commands (ip, qemu-img, sh SCRIPT) with a bounded wait. A failure is one line naming the command,
 * what it said and what to do; stdout lines can be streamed as progress.
 */
final class Commands {
    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

    record Result(int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }

        /** The last non-empty line of stderr, else of stdout: what a failed command said. */
        String said() {
            String s = lastLine(err);
            return s.isEmpty() ? lastLine(out) : s;
        }
    }

    private Commands() {}

    /** Runs the command; a non-zero exit is returned, not thrown. Fails only when it cannot run or times out. */
    static Result run(List<String> cmd, Duration timeout, Consumer<String> lines) throws LabException {
        String shown = String.join(" ", cmd);
        LOG.debug("running `{}`", shown);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            throw new LabException(LabException.Kind.UNAVAILABLE, "cannot run `" + shown + "`: " + cmd.get(0)
                    + " is not installed or not executable (" + e.getMessage() + ")", e);
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Thread tOut = drain(p.getInputStream(), out, lines);
        Thread tErr = drain(p.getErrorStream(), err, l -> { });
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new LabException(LabException.Kind.TIMEOUT, "`" + shown + "` did not finish within "
                        + timeout.toSeconds() + " s and was stopped" + hint(out, err));
            }
            tOut.join(2000);
            tErr.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new LabException(LabException.Kind.TIMEOUT, "interrupted while running `" + shown + "`", e);
        }
        Result r;
        synchronized (out) {
            synchronized (err) {
                r = new Result(p.exitValue(), out.toString(), err.toString());
            }
        }
        LOG.debug("`{}` exited {}", shown, r.exit());
        return r;
    }

    static Result run(List<String> cmd, Duration timeout) throws LabException {
        return run(cmd, timeout, l -> { });
    }

    /** Runs the command and fails on a non-zero exit: "`CMD` failed (exit N): WHAT IT SAID; TODO". */
    static Result check(List<String> cmd, Duration timeout, String todo) throws LabException {
        Result r = run(cmd, timeout);
        if (!r.ok()) {
            throw failed(cmd, r, todo);
        }
        return r;
    }

    static LabException failed(List<String> cmd, Result r, String todo) {
        String said = r.said();
        LabException.Kind kind = said.contains("Operation not permitted") || said.contains("Permission denied")
                ? LabException.Kind.DENIED : LabException.Kind.FAILED;
        return new LabException(kind, "`" + String.join(" ", cmd) + "` failed (exit " + r.exit() + ")"
                + (said.isEmpty() ? "" : ": " + said) + (todo == null || todo.isEmpty() ? "" : "; " + todo));
    }

    private static String hint(StringBuilder out, StringBuilder err) {
        String s;
        synchronized (err) {
            s = lastLine(err.toString());
        }
        if (s.isEmpty()) {
            synchronized (out) {
                s = lastLine(out.toString());
            }
        }
        return s.isEmpty() ? "" : " (last output: " + s + ")";
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    private static Thread drain(InputStream in, StringBuilder sink, Consumer<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (sink) {
                        sink.append(line).append('\n');
                    }
                    lines.accept(line);
                }
            } catch (IOException e) {
                LOG.debug("reading command output failed", e);
            }
        }, "pvdm-lab-cmd");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
