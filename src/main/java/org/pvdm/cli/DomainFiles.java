package org.pvdm.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;
import org.pvdm.model.xml.XmlParser;

/** Reads domain XML files with one clear line per failure. */
final class DomainFiles {
    private DomainFiles() {}

    static Domain read(Path file) {
        if (file.toString().isBlank()) {
            // Path.of("") is the current folder: "is a directory" would not say what was wrong
            throw new CliException(ExitCodes.USAGE, "an empty file name: give the path of a domain XML file");
        }
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": is a directory, not a domain XML file");
        }
        try {
            return Domain.of(XmlParser.parse(file));
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NOT_FOUND, file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCodes.IO, file + ": permission denied (check the file's mode and owner)");
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO, file + ": cannot read: " + e.getMessage());
        } catch (XmlException e) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": " + e.getMessage());
        }
    }

    /** The --json entry for a file that could not be read: its name, the reason, and the exit code it gives. */
    static Map<String, Object> error(Path file, CliException e) {
        String prefix = file + ": ";
        String msg = e.getMessage();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("error", msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg);
        m.put("exit", e.exitCode());
        return m;
    }
}
