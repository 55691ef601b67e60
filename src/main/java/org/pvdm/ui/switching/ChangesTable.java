package org.pvdm.ui.switching;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.pvdm.model.convert.Change;

/** The plan's device changes: device, from, to, and why. */
final class ChangesTable extends TableView<Change> {

    ChangesTable() {
        setId("plan-changes");
        setAccessibleText("Changes of the plan");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("Device", 150, Change::device));
        getColumns().add(column("Kind", 80, c -> c.kind().label()));
        getColumns().add(wrapping(column("From", 120, c -> c.from().isEmpty() ? "(added)" : c.from())));
        getColumns().add(wrapping(column("To", 130, Change::to)));
        getColumns().add(wrapping(column("Details", 260, Change::reason)));
        setPlaceholder(new Label("No device changes."));
    }

    private static TableColumn<Change, String> wrapping(TableColumn<Change, String> c) {
        c.setCellFactory(org.pvdm.ui.devices.WrappingCell::new);
        return c;
    }

    private static TableColumn<Change, String> column(String name, double width, Function<Change, String> f) {
        TableColumn<Change, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }
}
