package org.pvdm.model.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pvdm.model.domain.Domain;

/**
 * One in/out pair per rule: NAME-in.xml converted with the selection in NAME.args (default: all convertible
 * devices) must give NAME-out.xml byte for byte, and the changes and refusals in NAME.changes. The actual
 * results are written to target/golden-actual/ to review a difference.
 */
class ConverterGoldenTest {
    private static final Path ACTUAL = Path.of("target", "golden-actual");

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = dir();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-in.xml"))
                    .map(n -> n.substring(0, n.length() - "-in.xml".length())).sorted().toList().stream();
        }
    }

    static Path dir() throws URISyntaxException {
        return Path.of(ConverterGoldenTest.class.getResource("golden").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsAsExpected(String name) throws Exception {
        Path dir = dir();
        Domain in = Domain.parse(Files.readString(dir.resolve(name + "-in.xml"), StandardCharsets.UTF_8));
        Path argsFile = dir.resolve(name + ".args");
        List<String> args = Files.exists(argsFile)
                ? Arrays.stream(Files.readString(argsFile).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList()
                : List.of();
        String before = in.toXml();
        Conversion c = Converter.convert(in, Selection.fromArgs(args));
        String actualXml = c.result().toXml();
        String actualChanges = render(c);
        Files.createDirectories(ACTUAL);
        Files.writeString(ACTUAL.resolve(name + "-out.xml"), actualXml, StandardCharsets.UTF_8);
        Files.writeString(ACTUAL.resolve(name + ".changes"), actualChanges, StandardCharsets.UTF_8);
        assertEquals(before, in.toXml(), "the original domain is never modified");
        Path out = dir.resolve(name + "-out.xml");
        assertTrue(Files.exists(out), "missing " + out + "; the actual result is in " + ACTUAL);
        String expected = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(expected, actualXml, name + ": diff\n" + UnifiedDiff.of(expected, actualXml, "expected", "actual"));
        assertEquals(Files.readString(dir.resolve(name + ".changes"), StandardCharsets.UTF_8), actualChanges);
        boolean everything = args.isEmpty() || args.equals(List.of("--cdroms"));
        assertEquals(List.of(), CorpusConversionTest.check(name, c, everything), "the corpus checks hold here too");
    }

    /** One line per change (device, kind, from, to) and per refusal (device, kind, reason), tab-separated. */
    static String render(Conversion c) {
        String changes = c.changes().stream().map(ch -> String.join("\t", "change", ch.device(), ch.kind().label(),
                ch.from(), ch.to())).collect(Collectors.joining("\n"));
        String refused = c.refused().stream().map(r -> String.join("\t", "refused", r.device(),
                r.kind() == null ? "-" : r.kind().label(), r.reason())).collect(Collectors.joining("\n"));
        String guest = c.guestRefused() ? "guest refused\t" + c.guestRefusal() : "";
        return Stream.of(guest, changes, refused).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n")) + "\n";
    }
}
