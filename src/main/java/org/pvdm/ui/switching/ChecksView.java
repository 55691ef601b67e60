package org.pvdm.ui.switching;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.pvdm.switching.Check;
import org.pvdm.switching.Verdict;
import org.pvdm.ui.common.Icons;

/** The plan's checks: each with its verdict as icon shape, colour and word ("OK", "WARN", "BLOCK"). */
final class ChecksView extends ListView<Check> {

    ChecksView() {
        setId("plan-checks");
        setAccessibleText("Checks of the plan");
        setCellFactory(l -> new CheckCell());
        setPlaceholder(new javafx.scene.control.Label("No checks yet."));
    }

    static Node icon(Verdict v) {
        return switch (v) {
            case OK -> Icons.paravirtual(14);
            case WARN -> Icons.emulated(14);
            case BLOCK -> blockIcon();
        };
    }

    private static Node blockIcon() {
        Rectangle r = new Rectangle(14, 14, Color.web("#b91c1c"));
        Rectangle bar = new Rectangle(8, 3, Color.WHITE);
        StackPane p = new StackPane(r, bar);
        p.setMaxSize(14, 14);
        return p;
    }

    private static final class CheckCell extends ListCell<Check> {
        CheckCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Check c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().removeAll("verdict-ok", "verdict-warn", "verdict-block");
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String devices = c.devices().isEmpty() ? "" : " [" + String.join(", ", c.devices()) + "]";
            String message = org.pvdm.ui.common.GuiWords.of(c.message());
            setText(c.verdict().name() + "  " + message + devices);
            setGraphic(icon(c.verdict()));
            getStyleClass().add("verdict-" + c.verdict().label());
            setAccessibleText(c.verdict().label() + ": " + message);
        }
    }
}
