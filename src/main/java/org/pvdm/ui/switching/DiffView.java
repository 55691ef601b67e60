package org.pvdm.ui.switching;

import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A unified diff, one line per row: added lines green with "+", removed lines red with "-", hunk headers
 * blue; the +/- sign stays, so it reads without colour.
 */
final class DiffView extends ListView<String> {

    DiffView() {
        setId("plan-diff");
        getStyleClass().add("diff");
        setAccessibleText("XML diff of the planned change");
        setCellFactory(l -> new DiffCell());
        setPlaceholder(new javafx.scene.control.Label("No change to the XML."));
    }

    void show(String diff) {
        getItems().setAll(diff == null || diff.isEmpty() ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(Arrays.asList(diff.split("\n", -1))));
        if (!getItems().isEmpty() && getItems().get(getItems().size() - 1).isEmpty()) {
            getItems().remove(getItems().size() - 1);
        }
    }

    static String style(String line) {
        if (line.startsWith("+++") || line.startsWith("---")) {
            return "diff-file";
        }
        if (line.startsWith("@@")) {
            return "diff-hunk";
        }
        if (line.startsWith("+")) {
            return "diff-added";
        }
        if (line.startsWith("-")) {
            return "diff-removed";
        }
        return "diff-context";
    }

    private static final class DiffCell extends ListCell<String> {
        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("diff-file", "diff-hunk", "diff-added", "diff-removed", "diff-context");
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.replace("\t", "    "));
            getStyleClass().add(style(line));
        }
    }
}
