package org.pvdm.ui.hosts;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.pvdm.ui.common.Styles;

/** Asks for one credential libvirt needs: a user name, a password or a key passphrase. */
final class CredentialDialog extends Dialog<String> {

    CredentialDialog(Window owner, String prompt, boolean secret) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Credentials needed");
        setHeaderText(prompt == null || prompt.isBlank() ? "The host asks for a credential" : prompt);
        getDialogPane().getStylesheets().add(Styles.url());
        getDialogPane().setId("credential-dialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        TextInputControl input = secret ? new PasswordField() : new TextField();
        input.setId("credential");
        input.setAccessibleText(secret ? "Password or passphrase" : "Answer");
        Label note = new Label("pvdm hands this to libvirt for this connection only and does not store it.");
        note.getStyleClass().add("hint");
        getDialogPane().setContent(new VBox(8, input, note));
        setResultConverter(b -> b == ButtonType.OK ? input.getText() : null);
        Platform.runLater(input::requestFocus);
    }
}
