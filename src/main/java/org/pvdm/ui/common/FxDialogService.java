package org.pvdm.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(Problem problem) {
        LOG.warn("{}: {} ({})", problem.title(), problem.whatFailed(), problem.whatToDo());
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, problem.title());
        alert.setHeaderText(problem.whatFailed());
        Label todo = new Label("What to do: " + problem.whatToDo());
        todo.setWrapText(true);
        todo.setId("error-what-to-do");
        alert.getDialogPane().setContent(todo);
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().setAccessibleText(problem.title() + ": " + problem.whatFailed());
        alert.show();
    }

    @Override
    public void showInfo(String title, String message) {
        LOG.info("{}: {}", title, message);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        prepare(alert, title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("info-text");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("info-dialog");
        alert.show();
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, ButtonType.CANCEL);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    private void prepare(Alert alert, String title) {
        alert.setTitle(title);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.setResizable(true);
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setPrefWidth(640);
        alert.getDialogPane().getStylesheets().add(Styles.url());
    }
}
