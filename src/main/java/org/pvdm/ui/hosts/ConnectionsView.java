package org.pvdm.ui.hosts;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The connections list on the left: double-click or Enter connects. */
public final class ConnectionsView extends VBox {

    public ConnectionsView(ConnectionsViewModel vm, Runnable addConnection) {
        setId("connections");
        getStyleClass().add("side-pane");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Connections");
        title.getStyleClass().add("pane-title");

        ListView<ConnectionEntry> list = new ListView<>(vm.entries());
        list.setId("connection-list");
        list.setAccessibleText("Connections");
        list.setCellFactory(l -> new EntryCell(vm.session()));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        vm.session().stateProperty().addListener((o, was, now) -> list.refresh());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.connectSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.connectSelected();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = new Button("Add…");
        add.setId("add-connection");
        add.setTooltip(new Tooltip("Add a connection to a libvirt host"));
        add.setAccessibleText("Add connection");
        add.setOnAction(e -> addConnection.run());
        Button connect = new Button("Connect");
        connect.setId("connect");
        connect.setAccessibleText("Connect to the selected host");
        connect.disableProperty().bind(vm.selectedProperty().isNull());
        connect.setOnAction(e -> vm.connectSelected());
        Button remove = new Button("Remove");
        remove.setId("remove-connection");
        remove.setAccessibleText("Remove the selected connection from the list");
        remove.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || vm.selectedProperty().get().isDemo(), vm.selectedProperty()));
        remove.setOnAction(e -> vm.remove(vm.selectedProperty().get()));
        for (Button b : new Button[] {add, connect, remove}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, add, connect, remove);
        getChildren().addAll(title, list, buttons);
    }

    /** Label plus a marker on the current connection (text, so it reads without colour). */
    private static final class EntryCell extends ListCell<ConnectionEntry> {
        private final SessionModel session;

        EntryCell(SessionModel session) {
            this.session = session;
            setPrefWidth(0); // long URIs end in "..." (full URI in the tooltip) instead of a scroll bar
        }

        @Override
        protected void updateItem(ConnectionEntry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("current-connection");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            boolean current = item.equals(session.requestedProperty().get());
            String suffix = item.readOnly() ? " (read-only)" : "";
            setText((current ? "● " : "") + item.label() + suffix);
            setTooltip(new Tooltip(item.isDemo() ? "the built-in demo host: libvirt's test driver" : item.label()));
            setAccessibleText(item.label() + suffix + (current ? ", " + session.stateProperty().get().label() : ""));
            if (current) {
                getStyleClass().add("current-connection");
            }
        }
    }
}
