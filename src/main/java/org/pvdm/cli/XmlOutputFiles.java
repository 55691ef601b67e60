package org.pvdm.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pvdm.model.xml.XmlDocument;
import org.pvdm.model.xml.XmlOutput;

/**
 * Writes converted domain XML into an --out folder, faithfully and safely: the input's bytes when nothing
 * changed, else its encoding (see {@link XmlOutput}); the input's file mode; each file complete or not at all
 * (a temporary file renamed over the target, which replaces a symlink there instead of writing through it).
 */
final class XmlOutputFiles {
    private XmlOutputFiles() {}

    /**
     * Refuses a batch, before anything is written, where two inputs would be written to the same output file
     * (one would silently replace the other) or an output would replace its own input.
     */
    static void checkTargets(List<Path> files, Path out) {
        Map<Path, Path> byName = new HashMap<>();
        for (Path file : files) {
            Path name = file.getFileName();
            if (name == null) {
                continue; // "/" names no file: reading it fails with its own line
            }
            Path first = byName.putIfAbsent(name, file);
            if (first != null) {
                throw new CliException(ExitCodes.USAGE, first + " and " + file + " would both be written to "
                        + out.resolve(name) + ": convert them into separate --out folders (nothing was written)");
            }
            if (sameFile(out.resolve(name), file)) {
                throw new CliException(ExitCodes.USAGE, "--out " + out + " would overwrite the input " + file
                        + ": choose another folder (nothing was written)");
            }
        }
    }

    private static boolean sameFile(Path target, Path source) {
        try {
            return Files.exists(target) && Files.exists(source) && Files.isSameFile(target, source);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the result for one input into the folder, under the input's file name and with its mode. */
    static void write(Path out, Path source, XmlDocument original, XmlDocument result) throws IOException {
        byte[] bytes = XmlOutput.bytes(original, result);
        Path target = out.resolve(source.getFileName());
        Set<PosixFilePermission> mode = mode(source);
        Path tmp = Files.createTempFile(out, ".pvdm", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true); // on disk before the rename, so a crash leaves the old file or the whole new one
            }
            if (mode != null) {
                Files.setPosixFilePermissions(tmp, mode);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The input's permission bits, or null where the file system has none (the output then keeps 0600). */
    private static Set<PosixFilePermission> mode(Path source) {
        try {
            return Files.getPosixFilePermissions(source);
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
    }
}
