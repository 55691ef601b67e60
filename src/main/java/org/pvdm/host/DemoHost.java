package org.pvdm.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The built-in demo host: libvirt's own test driver opened on a node file shipped in the app. The file is
 * extracted to the XDG cache dir (libvirt needs a path) and rewritten only when the shipped one changed.
 * The test driver keeps its state per connection: changes made on the demo host last while pvdm runs.
 */
public final class DemoHost {
    private static final String RESOURCE = "/org/pvdm/demo/node.xml";
    public static final String LABEL = "demo host";
    public static final String NOTICE =
            "demo host: libvirt's test driver; changes last only while pvdm runs, and every device reports the same"
            + " synthetic I/O counters (use the lab, real QEMU guests, for real differences)";

    private DemoHost() {}

    /** test:///PATH of the extracted node file. */
    public static String uri() {
        return "test://" + nodeFile().toAbsolutePath();
    }

    /** True when a URI is the demo host's. */
    public static boolean isDemo(String uri) {
        return uri != null && uri.startsWith("test://") && uri.endsWith("/pvdm/demo/node.xml");
    }

    static Path nodeFile() {
        Path target = XdgDirs.cache().resolve("pvdm").resolve("demo").resolve("node.xml");
        try (InputStream in = DemoHost.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo host file " + RESOURCE + " is missing from the build");
            }
            byte[] shipped = in.readAllBytes();
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), shipped)) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "node", ".xml");
            Files.write(tmp, shipped);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo host file to " + target + ": " + e.getMessage(), e);
        }
    }
}
