package org.pvdm.ui.devices;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A text cell that wraps long text (reasons, suggestions) instead of cutting it off. */
final class WrappingCell<S> extends TableCell<S, String> {
    private final Label label = new Label();

    WrappingCell() {
        label.setWrapText(true);
        label.maxWidthProperty().bind(widthProperty().subtract(12));
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        label.setText(item);
        setGraphic(label);
        setText(null);
        setTooltip(item.isEmpty() ? null : new Tooltip(item));
    }
}
