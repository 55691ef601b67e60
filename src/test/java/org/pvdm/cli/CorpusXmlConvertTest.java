package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pvdm.model.convert.SchemaCheck;
import org.pvdm.model.domain.Domain;
import org.pvdm.testsupport.Corpus;
import org.pvdm.testsupport.Needs;

/**
 * Every output of {@code pvdm xml convert --cdroms} over the corpus, as a person runs it (one batch per folder,
 * the checks applied): libvirt's schema (virt-xml-validate's xmllint call) accepts it whenever it accepted the
 * input, and libvirt's embedded QEMU driver ({@code qemu:///embed?root=DIR}, inside one virsh, no daemon
 * touched) defines it whenever it defined the input. Figures go to target/corpus-xml-convert/report.md.
 */
class CorpusXmlConvertTest {
    private static final Path WORK = Path.of("target", "corpus-xml-convert").toAbsolutePath();

    @Test
    void everyOutputValidatesAndDefinesWhereItsInputDid() throws Exception {
        String schema = SchemaCheck.unavailable();
        Needs.present(schema.isEmpty(), () -> schema);
        Needs.present(SchemaCheck.onPath("virsh") && SchemaCheck.onPath("qemu-system-x86_64"),
                () -> "virsh (libvirt-clients) and qemu-system-x86_64");
        Map<Path, List<Path>> byFolder = new TreeMap<>();
        Corpus.files().forEach(f -> byFolder.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f));
        Map<Path, Path> written = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int blocked = 0;
        for (Map.Entry<Path, List<Path>> folder : byFolder.entrySet()) {
            Path out = WORK.resolve("out").resolve(folder.getKey().getFileName().toString());
            List<String> args = new ArrayList<>(List.of("xml", "convert", "--cdroms", "--out", out.toString()));
            folder.getValue().forEach(f -> args.add(f.toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            if (r.exit() != ExitCodes.OK && r.exit() != ExitCodes.REFUSED) {
                failures.add(folder.getKey() + ": exit " + r.exit() + ": " + r.err());
            }
            assertTrue(r.oneLineErrorPerLine(), r.err());
            blocked += (int) r.err().lines().filter(l -> l.contains(" not switched (blocked: ")).count();
            for (Path f : folder.getValue()) {
                Path result = out.resolve(f.getFileName());
                if (Files.exists(result)) {
                    written.put(f, result);
                }
            }
        }
        List<Path> all = new ArrayList<>(written.keySet());
        all.addAll(written.values());
        Map<Path, Boolean> valid = SchemaCheck.validate(all);
        int validBefore = 0;
        for (Map.Entry<Path, Path> e : written.entrySet()) {
            validBefore += valid.get(e.getKey()) ? 1 : 0;
            if (valid.get(e.getKey()) && !valid.get(e.getValue())) {
                failures.add(e.getKey() + ": valid before, invalid after xml convert: " + e.getValue());
            }
        }
        Map<Path, Path> qemu = new LinkedHashMap<>();
        for (Map.Entry<Path, Path> e : written.entrySet()) {
            String type = Domain.parse(Files.readString(e.getKey(), StandardCharsets.UTF_8)).type();
            if (type.equals("kvm") || type.equals("qemu")) {
                qemu.put(e.getKey(), e.getValue());
            }
        }
        Set<Path> definedBefore = defined(qemu.keySet().stream().toList(), "in");
        Map<Path, String> after = defineErrors(qemu.values().stream().toList(), "out");
        for (Map.Entry<Path, Path> e : qemu.entrySet()) {
            if (definedBefore.contains(e.getKey()) && after.containsKey(e.getValue())) {
                failures.add(e.getKey().getFileName() + ": defined before, refused after: " + after.get(e.getValue()));
            }
        }
        String report = "# xml convert --cdroms over " + Corpus.describe() + "\n\n"
                + "- files: " + Corpus.files().size() + ", written: " + written.size() + ", devices held back by a"
                + " check: " + blocked + "\n"
                + "- schema-valid inputs: " + validBefore + "; valid before and invalid after: "
                + failures.stream().filter(f -> f.contains("invalid after")).count() + "\n"
                + "- QEMU inputs: " + qemu.size() + ", defined by libvirt 9.0.0's embedded QEMU driver: "
                + definedBefore.size() + "; their outputs refused: "
                + failures.stream().filter(f -> f.contains("refused after")).count() + "\n";
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("report.md"), report, StandardCharsets.UTF_8);
        assertTrue(written.size() > qemu.size() / 2, "most files are written: " + report);
        assertEquals(List.of(), failures, report);
    }

    private static Set<Path> defined(List<Path> files, String side) throws Exception {
        Map<Path, String> errors = defineErrors(files, side);
        Set<Path> ok = new java.util.HashSet<>(files);
        ok.removeAll(errors.keySet());
        return ok;
    }

    /**
     * Defines each file (type kvm made qemu: TCG needs no /dev/kvm) and undefines it again, all in one virsh
     * reading commands from stdin, so the driver starts once; returns the files libvirt refused, with why.
     */
    private static Map<Path, String> defineErrors(List<Path> files, String side) throws Exception {
        Path dir = WORK.resolve("define-" + side);
        Files.createDirectories(dir);
        Path root = WORK.resolve("embed-root");
        Files.createDirectories(root);
        StringBuilder cmds = new StringBuilder();
        Map<String, Path> copies = new LinkedHashMap<>();
        int i = 0;
        for (Path f : files) {
            String xml = Files.readString(f, StandardCharsets.UTF_8).replaceFirst("<domain type='kvm'", "<domain type='qemu'");
            Path copy = dir.resolve(i++ + ".xml");
            Files.writeString(copy, xml, StandardCharsets.UTF_8);
            copies.put(copy.toString(), f);
            String name = Domain.parse(xml).name().replace("'", "");
            cmds.append("define ").append(copy).append('\n').append("undefine '").append(name).append("'\n");
        }
        Path stderr = WORK.resolve("virsh-" + side + ".err");
        Process p = new ProcessBuilder("virsh", "-c", "qemu:///embed?root=" + root)
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write(cmds.toString().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "virsh finished");
        Map<Path, String> errors = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        String prefix = "error: Failed to define domain from ";
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).startsWith(prefix)) {
                Path original = copies.get(lines.get(k).substring(prefix.length()).strip());
                String why = k + 1 < lines.size() ? lines.get(k + 1) : "";
                if (original != null) {
                    errors.put(original, why);
                }
            }
        }
        return errors;
    }
}
