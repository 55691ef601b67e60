package org.pvdm.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;

/** What an admin sees of a table: the rows lying whole inside its viewport (call on the FX thread). */
public final class VisibleRows {
    private VisibleRows() {
    }

    /** The number of filled rows of {@code table} whose cells lie fully inside its VirtualFlow's viewport. */
    public static int count(TableView<?> table) {
        Node viewport = table.lookup(".clipped-container");
        if (viewport == null || !table.isVisible() || table.getScene() == null) {
            return 0;
        }
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        int whole = 0;
        for (Node n : viewport.lookupAll(".table-row-cell")) {
            if (n instanceof IndexedCell<?> cell && cell.isVisible() && !cell.isEmpty() && cell.getIndex() >= 0
                    && cell.getIndex() < table.getItems().size()) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                if (b.getHeight() > 0 && inside(b, view)) {
                    whole++;
                }
            }
        }
        return whole;
    }

    /** Whether the row showing {@code index} lies whole inside the viewport. */
    public static boolean shows(TableView<?> table, int index) {
        Node viewport = table.lookup(".clipped-container");
        if (viewport == null) {
            return false;
        }
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        return viewport.lookupAll(".table-row-cell").stream().anyMatch(n -> n instanceof IndexedCell<?> cell
                && cell.isVisible() && cell.getIndex() == index
                && inside(cell.localToScene(cell.getLayoutBounds()), view));
    }

    private static boolean inside(Bounds b, Bounds view) {
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }
}
