package org.pvdm.model.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pvdm.model.domain.Domain;

/** One small domain XML per rule, with the expected verdict on every device beside it. */
class ClassifierGoldenTest {

    static Stream<Path> goldenFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(ClassifierGoldenTest.class.getResource("golden").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".xml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void classifiesAsExpected(Path xml) throws Exception {
        Path expectedFile = xml.resolveSibling(xml.getFileName().toString().replace(".xml", ".expected.tsv"));
        GuestReport report = Classifier.classify(Domain.parse(Files.readString(xml)));
        String actual = report.devices().stream()
                .map(d -> String.join("\t", d.kind().label(), d.name(), d.busOrModel(), d.status().label(),
                        Boolean.toString(d.convertible()), d.suggestion()))
                .collect(Collectors.joining("\n"));
        assertEquals(Files.readString(expectedFile).strip(), actual.strip(), xml.getFileName().toString());
        for (DeviceReport d : report.devices()) {
            assertFalse(d.reason().isBlank(), "every verdict says why: " + d);
            assertFalse(d.reason().contains("\n"), "one line: " + d);
        }
        if (report.devices().isEmpty()) {
            assertTrue(!report.note().isBlank(), "a guest with nothing judged says why");
        }
    }

    @org.junit.jupiter.api.Test
    void countsEmulatedAndConvertibleWithoutControllers() throws Exception {
        Path dir = goldenFiles().findFirst().orElseThrow().getParent();
        GuestReport r = Classifier.classify(Domain.parse(Files.readString(dir.resolve("kvm-lsi-and-virtio-scsi.xml"))));
        assertEquals(1, r.emulatedCount());
        assertEquals(1, r.convertibleCount());
        GuestReport x = Classifier.classify(Domain.parse(Files.readString(dir.resolve("xen-hvm.xml"))));
        assertEquals(5, x.emulatedCount());
        assertEquals(3, x.convertibleCount());
        assertEquals(List.of(), Classifier.classify(Domain.parse(Files.readString(dir.resolve("xen-pv.xml"))))
                .devices().stream().filter(DeviceReport::emulated).toList());
    }
}
