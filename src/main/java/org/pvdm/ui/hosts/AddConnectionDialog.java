package org.pvdm.ui.hosts;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.pvdm.ui.common.Styles;

/** "Add connection": builds a libvirt URI from a few fields; returns the entry to connect to. */
public final class AddConnectionDialog extends Dialog<ConnectionEntry> {
    public static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

    public AddConnectionDialog(Window owner, AddConnectionViewModel vm) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Add connection");
        setHeaderText("Connect to a libvirt host");
        getDialogPane().getStylesheets().add(Styles.url());
        getDialogPane().setId("add-connection-dialog");
        getDialogPane().getButtonTypes().addAll(CONNECT, ButtonType.CANCEL);

        CheckBox readOnly = new CheckBox("Open read-only (list and inspect only, no changes)");
        readOnly.setId("read-only");
        readOnly.selectedProperty().bindBidirectional(vm.readOnlyProperty());
        VBox content = new VBox(12, kinds(vm), fields(vm), readOnly, preview(vm), note());
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        // rows appear and vanish with the kind: let the window follow the content
        vm.kindProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        Node connect = getDialogPane().lookupButton(CONNECT);
        connect.setId("add-connection-connect");
        connect.disableProperty().bind(vm.valid().not());
        setResultConverter(b -> b == CONNECT ? vm.entry() : null);
    }

    /** One radio button per kind of connection, the chosen one focused. */
    private static VBox kinds(AddConnectionViewModel vm) {
        VBox kinds = new VBox(6);
        ToggleGroup group = new ToggleGroup();
        for (ConnectionKind k : ConnectionKind.values()) {
            RadioButton b = new RadioButton(k.label());
            b.setUserData(k);
            b.setToggleGroup(group);
            b.setId("kind-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setSelected(vm.kindProperty().get() == k);
            kinds.getChildren().add(b);
        }
        javafx.application.Platform.runLater(() -> group.getToggles().stream()
                .filter(javafx.scene.control.Toggle::isSelected).findFirst()
                .ifPresent(t -> ((RadioButton) t).requestFocus()));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.kindProperty().set((ConnectionKind) now.getUserData());
            }
        });
        return kinds;
    }

    /** User, host, port and URI rows, each shown only for the kinds that use it. */
    private static VBox fields(AddConnectionViewModel vm) {
        TextField user = field("user", "User", vm.userProperty());
        TextField host = field("host", "Host name or address", vm.hostProperty());
        TextField port = field("port", "SSH port (empty for 22)", vm.portProperty());
        port.setPrefColumnCount(6);
        TextField custom = field("custom-uri", "libvirt URI", vm.customProperty());
        custom.setPromptText("e.g. qemu+tls://host.example.com/system");
        var remote = Bindings.createBooleanBinding(() -> vm.kindProperty().get().remote(), vm.kindProperty());
        var isCustom = vm.kindProperty().isEqualTo(ConnectionKind.CUSTOM);

        Label hostHint = new Label();
        hostHint.getStyleClass().add("hint");
        hostHint.textProperty().bind(Bindings.when(vm.kindProperty().isEqualTo(ConnectionKind.XEN))
                .then("Leave Host empty for Xen on this machine.").otherwise(""));
        hostHint.visibleProperty().bind(vm.kindProperty().isEqualTo(ConnectionKind.XEN));
        hostHint.managedProperty().bind(hostHint.visibleProperty());
        return new VBox(6, row("User:", user, remote), row("Host:", host, remote), row("Port:", port, remote),
                hostHint, row("URI:", custom, isCustom));
    }

    /** The URI that will be opened, or what is wrong with the fields. */
    private static Label preview(AddConnectionViewModel vm) {
        Label preview = new Label();
        preview.setId("uri-preview");
        preview.getStyleClass().add("uri-preview");
        preview.textProperty().bind(Bindings.when(vm.valid())
                .then(Bindings.concat("Will connect to: ", vm.uri())).otherwise(vm.error()));
        preview.setWrapText(true);
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return preview;
    }

    private static Label note() {
        Label note = new Label("SSH logs in with your keys or ssh-agent (pvdm never types a password into ssh)."
                + " A password libvirt itself asks for (SASL, qemu+libssh) comes up in a dialog and is never stored.");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return note;
    }

    private static TextField field(String id, String accessible, javafx.beans.property.StringProperty prop) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(accessible);
        f.textProperty().bindBidirectional(prop);
        return f;
    }

    /** A labelled field, shown only when the chosen kind uses it. */
    private static Node row(String label, javafx.scene.control.Control field,
                            javafx.beans.value.ObservableBooleanValue shown) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(50);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, l, field);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        row.visibleProperty().bind(javafx.beans.binding.BooleanExpression.booleanExpression(shown));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }
}
