package org.pvdm.ui.devices;

import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.pvdm.ui.common.GuiWords;

/**
 * A text cell that keeps its row short: it wraps to what the row's fixed height holds (two lines) or stays on
 * one line, and elides the rest where it says least (the end of a sentence, the middle of a path). Nothing is
 * lost: the full text is its tooltip and its accessible text.
 */
final class ClippedCell<S> extends TableCell<S, String> {

    /** A cell wrapping to the row's height, elided at the end: reasons and suggestions. */
    static <S> ClippedCell<S> wrapping() {
        return new ClippedCell<>(true, OverrunStyle.ELLIPSIS);
    }

    /** A one-line cell elided in the middle, where a path's least telling part is: sources. */
    static <S> ClippedCell<S> path() {
        return new ClippedCell<>(false, OverrunStyle.CENTER_ELLIPSIS);
    }

    /** A one-line cell elided at the end: short values such as sizes. */
    static <S> ClippedCell<S> line() {
        return new ClippedCell<>(false, OverrunStyle.ELLIPSIS);
    }

    private ClippedCell(boolean wrap, OverrunStyle overrun) {
        setWrapText(wrap);
        setTextOverrun(overrun);
        getStyleClass().add("clipped-cell");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        String text = empty || item == null ? "" : GuiWords.of(item);
        setText(empty ? null : text);
        setGraphic(null);
        setTooltip(text.isEmpty() ? null : wrapped(text));
        setAccessibleText(text.isEmpty() ? null : text);
    }

    private static Tooltip wrapped(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(520);
        return t;
    }
}
