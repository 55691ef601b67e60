package org.pvdm.ui.devices;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The width a table column needs to show its header whole: the header's text as the stylesheet draws it (bold,
 * the 13 px of pvdm.css) plus the header's padding and borders. Measured, not guessed, so that a column's minimum
 * holds its header on any font and no more: the devices table's minimums must add up to what a 1024 px window
 * gives it.
 */
final class HeaderWidth {
    static final double FONT_PX = 13;
    /** Two 2 px paddings, the border and a little air so that a header never touches the next one. */
    static final double AROUND = 10;

    private HeaderWidth() {}

    static double of(String header) {
        Text t = new Text(header);
        t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, FONT_PX));
        return Math.ceil(t.getLayoutBounds().getWidth()) + AROUND;
    }

    /** The larger of what the cells need and what the header needs. */
    static double min(String header, double cells) {
        return Math.max(cells, of(header));
    }
}
