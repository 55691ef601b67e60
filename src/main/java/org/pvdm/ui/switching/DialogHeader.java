package org.pvdm.ui.switching;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The top of the plan and batch dialogs: what is switched, a spinner while busy, and one line on where things stand. */
final class DialogHeader {
    private DialogHeader() {}

    static VBox of(String titleText, String messageId, ObservableStringValue message, ObservableObjectValue<Phase> phase) {
        Label title = new Label(titleText);
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        Label line = new Label();
        line.setId(messageId);
        line.setWrapText(true);
        line.getStyleClass().add("summary-line");
        line.textProperty().bind(message);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(Bindings.createBooleanBinding(() -> phase.get().busy(), phase));
        HBox status = new HBox(8, busy, line);
        status.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, status);
    }
}
