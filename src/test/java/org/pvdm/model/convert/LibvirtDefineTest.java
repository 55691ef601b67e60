package org.pvdm.model.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.Needs;

/**
 * The KVM golden results, defined on libvirt's real QEMU driver: the embedded driver
 * ({@code qemu:///embed?root=DIR}) runs inside virsh with its own state directory, so no daemon is needed and
 * none is touched. The domain type becomes qemu (TCG): the checks on devices are the same, and KVM may be
 * unavailable to the test. Skipped when virsh or qemu-system-x86_64 is missing (a failure in CI).
 */
class LibvirtDefineTest {

    @Test
    void libvirtAcceptsEveryKvmGoldenResult() throws Exception {
        Needs.present(SchemaCheck.onPath("virsh") && SchemaCheck.onPath("qemu-system-x86_64"),
                () -> "virsh (libvirt-clients) and qemu-system-x86_64");
        Path root = Path.of("target", "libvirt-embed").toAbsolutePath();
        Files.createDirectories(root);
        String uri = "qemu:///embed?root=" + root;
        List<String> failures = new ArrayList<>();
        for (String name : ConverterGoldenTest.cases().filter(n -> n.startsWith("kvm-")).toList()) {
            String xml = Files.readString(ConverterGoldenTest.dir().resolve(name + "-out.xml"), StandardCharsets.UTF_8)
                    .replace("<domain type='kvm'>", "<domain type='qemu'>");
            Path file = root.resolve(name + ".xml");
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            String out = virsh(uri, "define", file.toString());
            if (!out.contains("defined")) {
                failures.add(name + ": " + out.strip());
            } else {
                // no gap left for libvirt to fill with an implicit emulated HBA
                long before = emulatedHbas(xml);
                long after = emulatedHbas(virsh(uri, "dumpxml", "--inactive", name));
                if (after > before) {
                    failures.add(name + ": libvirt added " + (after - before) + " emulated SCSI controller(s)");
                }
            }
            virsh(uri, "undefine", name);
        }
        assertEquals(List.of(), failures);
    }

    /** SCSI controllers of an emulated model (or none written, which is the emulated default on x86). */
    static long emulatedHbas(String xml) {
        return xml.lines().filter(l -> l.contains("<controller type='scsi'"))
                .filter(l -> !l.contains("model='virtio-scsi'")).count();
    }

    private static String virsh(String uri, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("virsh", "-c", uri));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
