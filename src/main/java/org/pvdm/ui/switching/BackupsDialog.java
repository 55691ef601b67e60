package org.pvdm.ui.switching;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pvdm.switching.Backup;
import org.pvdm.ui.common.Styles;

/** A guest's backups with "Roll back to this backup". */
public final class BackupsDialog extends Stage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public BackupsDialog(Window owner, BackupsViewModel vm) {
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        setTitle("Backups — " + vm.guest().name());
        Label title = new Label("Backups of " + vm.guest().name());
        title.getStyleClass().add("pane-title");
        Label message = new Label();
        message.setId("backups-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        TableView<Backup> table = new TableView<>(vm.backups());
        table.setId("backup-table");
        table.setAccessibleText("Backups");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Taken", 160, b -> TIME.format(b.time())));
        table.getColumns().add(column("ID", 200, Backup::id));
        table.getColumns().add(column("Why", 260, Backup::note));
        table.setPlaceholder(new Label("No backups yet."));
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        CheckBox restart = new CheckBox("Shut the guest down and start it again (when it runs)");
        restart.setId("backup-restart");
        restart.selectedProperty().bindBidirectional(vm.restartProperty());
        restart.setVisible(vm.guest().state().active());
        restart.setManaged(vm.guest().state().active());
        Button rollback = new Button("Roll back to this backup");
        rollback.setId("backup-rollback");
        rollback.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        rollback.setOnAction(e -> vm.rollbackSelected());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, restart, spacer, rollback, close);

        VBox root = new VBox(8, title, message, table, buttons);
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 760, 420);
        scene.getStylesheets().add(Styles.url());
        setScene(scene);
    }

    private static TableColumn<Backup, String> column(String name, double width, Function<Backup, String> f) {
        TableColumn<Backup, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }
}
