package org.pvdm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabLockTest {
    @TempDir
    Path tmp;

    @Test
    void oneUpOrDownAtATime() throws Exception {
        LabPaths paths = new LabPaths(tmp.resolve("lab"), tmp, tmp);
        List<String> said = new ArrayList<>();
        try (LabLock held = LabLock.acquire(paths, Duration.ofSeconds(1), said::add)) {
            LabException e = assertThrows(LabException.class,
                    () -> LabLock.acquire(paths, Duration.ofMillis(300), said::add));
            assertEquals(LabException.Kind.CONFLICT, e.kind());
            assertTrue(e.getMessage().startsWith("another pvdm lab up/down is still running"), e.getMessage());
            assertTrue(said.get(0).startsWith("waiting for another pvdm lab up/down"), said.toString());
        }
        LabLock.acquire(paths, Duration.ofMillis(300), said::add).close();
    }
}
