package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The GUI benchmark is a probe on the test class path only: the shipped classes carry none. */
class WindowProbeTest {

    @Test
    void theBenchmarkProbeComesFromTheTestClassPathOnly() throws Exception {
        List<String> found = ServiceLoader.load(WindowProbe.class).stream().map(p -> p.type().getName()).toList();
        assertEquals(List.of(Benchmarks.class.getName()), found);
        Path shipped = Path.of(WindowProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertFalse(Files.exists(shipped.resolve("org/pvdm/ui/app/Benchmarks.class")), "Benchmarks is not shipped");
        assertFalse(Files.exists(shipped.resolve("META-INF/services/org.pvdm.ui.app.WindowProbe")),
                "the shipped app registers no probe");
    }
}
