package org.pvdm.ui.devices;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A text cell that wraps long text (reasons, suggestions) and grows the row to fit, instead of cutting it
 * off: a {@link Text} whose wrapping width follows the column.
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingCell(TableColumn<S, String> column) {
        text.getStyleClass().add("cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        item = org.pvdm.ui.common.GuiWords.of(item);
        text.setText(item);
        setGraphic(text);
        setText(null);
        setTooltip(item.isEmpty() ? null : new Tooltip(item));
        setAccessibleText(item);
    }
}
