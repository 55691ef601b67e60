package org.pvdm.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One read-only {@code virsh} shell kept open, fed commands on stdin: {@code domblkstat} and
 * {@code domifstat} then answer within a few ms, with no process start or connect between a pvdm sample
 * and virsh's read of the same counters.
 */
final class Virsh implements AutoCloseable {
    private static final String END = "END-OF-READ";

    private final Process process;
    private final BufferedReader in;
    private final Writer out;

    Virsh(String uri) throws IOException {
        process = new ProcessBuilder("virsh", "-r", "-c", uri).redirectErrorStream(true).start();
        in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Runs the commands; returns "DEV COUNTER" -> value from every "DEV COUNTER VALUE" line. */
    Map<String, Long> read(List<String> commands) throws IOException {
        for (String c : commands) {
            out.write(c + "\n");
        }
        out.write("echo " + END + "\n");
        out.flush();
        Map<String, Long> values = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.strip().equals(END)) {
                return values;
            }
            text.append(line).append('\n');
            String[] f = line.strip().split("\\s+");
            if (f.length == 3 && f[2].matches("-?\\d+")) {
                values.put(f[0] + " " + f[1], Long.parseLong(f[2]));
            }
        }
        throw new IOException("virsh ended: " + text.toString().strip());
    }

    @Override
    public void close() throws IOException {
        try {
            out.write("quit\n");
            out.flush();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }
}
