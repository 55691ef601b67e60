package org.pvdm.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Work asked for while the window closes (a late tick or listener) is dropped quietly, not an internal error. */
class FxTaskRunnerCloseTest {

    @Test
    void workAfterCloseIsNotStartedAndThrowsNothing() {
        FxTaskRunner runner = new FxTaskRunner(1);
        runner.close();
        assertDoesNotThrow(() -> runner.run("late tick", () -> 1,
                v -> fail("no result after close"), e -> fail("no failure callback after close")));
        assertEquals(0, runner.runningProperty().get(), "nothing counted as running");
    }
}
