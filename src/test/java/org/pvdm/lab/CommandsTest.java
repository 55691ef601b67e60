package org.pvdm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {
    @Test
    void aFailureNamesTheCommandWhatItSaidAndWhatToDo() {
        LabException e = assertThrows(LabException.class, () -> Commands.check(
                List.of("sh", "-c", "echo progress; echo 'RTNETLINK answers: Operation not permitted' >&2; exit 2"),
                Duration.ofSeconds(10), "run as root"));
        assertEquals("`sh -c echo progress; echo 'RTNETLINK answers: Operation not permitted' >&2; exit 2` failed"
                + " (exit 2): RTNETLINK answers: Operation not permitted; run as root", e.getMessage());
        assertEquals(LabException.Kind.DENIED, e.kind());
    }

    @Test
    void streamsStdoutLines() throws Exception {
        List<String> lines = new ArrayList<>();
        Commands.Result r = Commands.run(List.of("sh", "-c", "echo one; echo two"), Duration.ofSeconds(10),
                lines::add);
        assertTrue(r.ok());
        assertEquals(List.of("one", "two"), lines);
    }

    @Test
    void aHangingCommandIsStoppedAfterItsBound() {
        // the TIMEOUT kind is only given by the bound's path; no wall-clock bound is asserted
        LabException e = assertThrows(LabException.class,
                () -> Commands.run(List.of("sh", "-c", "echo started; sleep 30"), Duration.ofMillis(500)));
        assertEquals(LabException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("did not finish within"), e.getMessage());
    }

    @Test
    void aMissingToolSaysSo() {
        LabException e = assertThrows(LabException.class,
                () -> Commands.run(List.of("pvdm-no-such-tool", "x"), Duration.ofSeconds(5)));
        assertEquals(LabException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().startsWith("cannot run `pvdm-no-such-tool x`"), e.getMessage());
    }
}
