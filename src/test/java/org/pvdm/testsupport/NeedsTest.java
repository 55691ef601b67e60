package org.pvdm.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class NeedsTest {

    @Test
    void aMissingPrerequisiteSkipsOutsideCi() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Needs.check(false, () -> "libvirt0", false));
        assertTrue(e.getMessage().contains("skipped: libvirt0"), e.getMessage());
    }

    @Test
    void aMissingPrerequisiteFailsInCi() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Needs.check(false, () -> "libvirtd", true));
        assertTrue(e.getMessage().contains("CI=true") && e.getMessage().contains("libvirtd"), e.getMessage());
    }

    @Test
    void aPresentPrerequisiteNeitherSkipsNorFails() {
        assertDoesNotThrow(() -> Needs.check(true, () -> "never asked", true));
    }

    /** A skip written by hand (assumeTrue, abort...) up to the end of its statement. */
    private static final Pattern SKIP = Pattern.compile(
            "\\b(assumeTrue|assumeFalse|assumingThat|Assumptions\\.abort)\\s*\\([^;]*;", Pattern.DOTALL);
    /** What only {@link Needs} may skip on, so that CI fails instead. */
    private static final Pattern DISABLED = Pattern.compile("(?m)^\\s*@Disabled\\b");
    private static final Pattern LIBVIRT = Pattern.compile("(?i)libvirt0|libvirt\\.so|libvirtd|qemu|virsh|LibvirtHosts");

    @Test
    void everySkipOnLibvirtOrQemuGoesThroughNeedsSoCiFailsInstead() throws IOException {
        Path tests = Path.of(System.getProperty("basedir", "."), "src", "test", "java");
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(tests)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String text = Files.readString(f);
                Matcher m = SKIP.matcher(text);
                while (m.find()) {
                    if (LIBVIRT.matcher(m.group()).find()) {
                        found.add(tests.relativize(f) + ": " + m.group().replaceAll("\\s+", " "));
                    }
                }
                if (DISABLED.matcher(text).find()) {
                    found.add(tests.relativize(f) + ": @Disabled");
                }
            }
        }
        assertTrue(files > 100, "read the test sources at " + tests + " (" + files + " files)");
        assertEquals(List.of(), found, "use Needs.libvirt0(), Needs.libvirtd() or Needs.present()");
    }
}
