package org.pvdm.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Circle;
import org.pvdm.ui.hosts.ConnectionState;

/** The connection state (dot + words), the detail line (read-only reason, demo notice) and a busy sign. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel vm, ObservableIntegerValue busy) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);

        Circle dot = new Circle(5);
        dot.getStyleClass().add("state-dot");
        vm.session().stateProperty().addListener((o, was, now) -> style(dot, now));
        style(dot, vm.session().stateProperty().get());
        Label state = new Label();
        state.setId("connection-state");
        state.setGraphic(dot);
        state.textProperty().bind(vm.status());
        state.setMinWidth(Label.USE_PREF_SIZE);
        state.accessibleTextProperty().bind(Bindings.concat("Connection: ", vm.status()));

        Label detail = new Label();
        detail.setId("status-detail");
        detail.getStyleClass().add("hint");
        detail.textProperty().bind(vm.statusDetail());
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> vm.statusDetail().get().isEmpty() ? null : new Tooltip(vm.statusDetail().get()), vm.statusDetail()));
        HBox.setHgrow(detail, Priority.ALWAYS);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        spinner.visibleProperty().bind(Bindings.createBooleanBinding(() -> busy.get() > 0, busy));
        spinner.setAccessibleText("working");
        getChildren().addAll(state, detail, spinner);
    }

    private static void style(Circle dot, ConnectionState s) {
        dot.getStyleClass().removeAll("state-connected", "state-connecting", "state-failed", "state-none");
        dot.getStyleClass().add(switch (s) {
            case CONNECTED -> "state-connected";
            case CONNECTING -> "state-connecting";
            case FAILED -> "state-failed";
            case DISCONNECTED -> "state-none";
        });
    }
}
