package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.batch.Outcome;
import org.pvdm.host.HostException;

/** A batch exits as a single convert would for its first failure. */
class BatchExitCodeTest {
    @Test
    void aFailedBootWatchExitsThreeLikeASingleConvert() {
        Outcome ok = new Outcome("a", Outcome.Result.SWITCHED, "1 change(s)", "b1", null);
        Outcome watch = new Outcome("b", Outcome.Result.FAILED, "boot watch: no I/O on vda", "b2", null, true);
        Outcome io = new Outcome("c", Outcome.Result.FAILED, "disk full", "", null);
        Outcome denied = new Outcome("d", Outcome.Result.FAILED, "no", "", HostException.Kind.PERMISSION_DENIED);
        assertEquals(ExitCodes.OK, BatchRunner.exitCode(List.of(ok)));
        assertEquals(ExitCodes.REFUSED, BatchRunner.exitCode(List.of(ok, watch, io)));
        assertEquals(ExitCodes.IO, BatchRunner.exitCode(List.of(io, watch)));
        assertEquals(ExitCodes.DENIED, BatchRunner.exitCode(List.of(denied)));
    }

    @Test
    void aBatchRefusedByAReadOnlyHostExitsSixLikeASingleConvert() {
        Outcome refused = new Outcome("a", Outcome.Result.REFUSED, "guest-running: a is running", "", null);
        Outcome readOnly = new Outcome("b", Outcome.Result.REFUSED, "cannot write to h: read-only", "",
                HostException.Kind.READ_ONLY);
        assertEquals(ExitCodes.REFUSED, BatchRunner.exitCode(List.of(refused)));
        assertEquals(ExitCodes.DENIED, BatchRunner.exitCode(List.of(refused, readOnly)));
    }
}
