package org.pvdm.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} that records the errors shown and answers questions as the test says. */
public final class RecordingDialogs implements DialogService {
    public final List<Problem> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public boolean confirmAnswer = true;

    @Override
    public void showError(Problem problem) {
        errors.add(problem);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        return confirmAnswer;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, String extensionDescription, String extension) {
        return Optional.empty();
    }
}
