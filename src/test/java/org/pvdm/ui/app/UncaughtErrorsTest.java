package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;

class UncaughtErrorsTest {

    @Test
    void aBugOnAnyThreadBecomesOneDialogAndNoTrace() throws Exception {
        List<Problem> shown = new ArrayList<>();
        List<Runnable> queued = new ArrayList<>();
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(Problem problem) {
                shown.add(problem);
            }

            @Override
            public void showInfo(String title, String message) {
            }

            @Override
            public boolean confirm(String title, String question, String confirmLabel) {
                return false;
            }

            @Override
            public java.util.Optional<java.nio.file.Path> saveFile(String title, String suggestedName,
                    String extensionDescription, String extension) {
                return java.util.Optional.empty();
            }
        };
        UncaughtErrors handler = new UncaughtErrors(dialogs, queued::add);
        Thread t = new Thread(() -> {
            throw new IllegalStateException("the sampler lost its series\n\tat somewhere");
        });
        t.setUncaughtExceptionHandler(handler);
        t.start();
        t.join();
        handler.uncaughtException(Thread.currentThread(), new NullPointerException("again"));
        assertEquals(1, queued.size(), "a second failure while the first dialog is pending adds no dialog");
        queued.get(0).run();
        assertEquals(1, shown.size());
        assertEquals("the sampler lost its series", shown.get(0).whatFailed());
        assertTrue(shown.get(0).whatToDo().contains("start it with -v"), shown.get(0).whatToDo());
        handler.uncaughtException(Thread.currentThread(), new NullPointerException("later"));
        assertEquals(2, queued.size(), "once the dialog was shown, the next bug gets its own");
    }
}
