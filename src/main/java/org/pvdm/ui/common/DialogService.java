package org.pvdm.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** What view models may ask of a person; the FX implementation shows dialogs, tests can script answers. */
public interface DialogService {

    /** Shows a problem without waiting for the person to close it. */
    void showError(Problem problem);

    /** Tells something that worked (where a file was saved), without waiting for the person to close it. */
    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the person confirmed. */
    boolean confirm(String title, String question, String confirmLabel);

    /** Asks where to save a file; empty when cancelled. */
    Optional<Path> saveFile(String title, String suggestedName, String extensionDescription, String extension);
}
