package org.pvdm.ui.app;

import java.util.function.Supplier;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Where the Guests tab's divider (guest table above, the chosen guest's devices below) stands: the room goes
 * where the admin is looking. Before any guest is chosen there is nothing to show below but a hint, so the guest
 * table gets most of the height (a projector's 1024x700 shows eleven guests instead of three). On the first
 * choice of a guest the divider slides, once, to give the devices the room, keeping the chosen row in view.
 *
 * <p>Why a move rather than one fixed split: at 1024x700 eight guest rows and four device rows with the device
 * toolbar and notes do not fit in the tab together (about 290 + 340 px; the split has 520 to 610 px there), so
 * any single position fails one of the two moments. The move happens once and never after the admin has
 * dragged the divider: from then on it is theirs, and pvdm moving it again would undo their choice (and moving
 * it back when a choice is cleared would make the window jump as they browse). Focus and selection stay in the
 * guest table, which only changes size.
 */
final class GuestsSplit {
    /** The guest table's share of the height while no guest is chosen: the devices keep their title, toolbar
     * and hint. */
    static final double BEFORE_CHOICE = 0.72;
    /** Its share once a guest is chosen on a tall window: the devices of the chosen guest are where the work is. */
    static final double AFTER_CHOICE = 0.4;
    /** What the devices need for their title, toolbar, two lines of notes and four rows (42 px each). */
    static final double DEVICES_ROOM = 340;
    /** What the guests keep at least: their title and filter, the header and three rows. */
    static final double GUESTS_ROOM = 160;
    private static final Duration SLIDE = Duration.millis(220);
    /** On the split while the divider slides: rows move under the pointer then, so scripted clicks wait it out. */
    static final PseudoClass SLIDING = PseudoClass.getPseudoClass("sliding");

    private final SplitPane split;
    private final Supplier<TableView<?>> guestTable;
    private final DoubleProperty position = new SimpleDoubleProperty();
    private boolean dragged;
    private boolean moved;
    private Timeline slide;
    private Runnable unfollow = () -> { };

    GuestsSplit(SplitPane split, ObservableValue<?> chosen, Supplier<TableView<?>> guestTable) {
        this.split = split;
        this.guestTable = guestTable;
        split.setDividerPositions(BEFORE_CHOICE);
        // the first layouts run at sizes the window does not keep, and the split clamps the divider to them: until
        // the divider is the devices' or the admin's, each new height gets the guests' share again
        split.heightProperty().addListener((o, was, now) -> {
            if (!moved && !dragged && now.doubleValue() > 0) {
                split.setDividerPositions(BEFORE_CHOICE);
            }
        });
        position.addListener((o, was, now) -> split.setDividerPositions(now.doubleValue()));
        // a drag (not a mere click) on this split's own divider hands the divider to the admin for this run
        split.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (onDivider(e.getTarget())) {
                takenOver();
            }
        });
        chosen.addListener((o, was, now) -> {
            if (now != null && !moved && !dragged) {
                moved = true;
                slideTo(afterChoice(split.getHeight()));
            }
        });
    }

    /**
     * The guests' share once a guest is chosen, in a split of that height: 40 %, less where the devices would
     * get fewer than four rows (a projector's window, placed at about 920x630, has about 520 px here), but
     * never less than three guest rows.
     */
    static double afterChoice(double height) {
        if (height <= 0) {
            return AFTER_CHOICE;
        }
        return Math.max(Math.min(GUESTS_ROOM / height, 0.5), Math.min(AFTER_CHOICE, (height - DEVICES_ROOM) / height));
    }

    private void takenOver() {
        dragged = true;
        if (slide != null) {
            slide.stop();
            finished();
        }
    }

    private boolean onDivider(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return n.getParent() == split;
            }
        }
        return false;
    }

    private void slideTo(double to) {
        double[] at = split.getDividerPositions();
        position.set(at.length > 0 ? at[0] : BEFORE_CHOICE);
        TableView<?> table = guestTable.get();
        // the table shrinks from below: keep the chosen row in view as it does (after each layout, not during it)
        ChangeListener<Number> follow = (o, was, now) -> Platform.runLater(() -> keepSelectedInView(table));
        table.heightProperty().addListener(follow);
        unfollow = () -> table.heightProperty().removeListener(follow);
        slide = new Timeline(new KeyFrame(SLIDE, new KeyValue(position, to, Interpolator.EASE_BOTH)));
        slide.setOnFinished(e -> {
            finished();
            Platform.runLater(() -> keepSelectedInView(table));
        });
        split.pseudoClassStateChanged(SLIDING, true);
        slide.play();
    }

    private void finished() {
        slide = null;
        split.pseudoClassStateChanged(SLIDING, false);
        unfollow.run();
        unfollow = () -> { };
    }

    /** Scrolls the guest table by as little as needed to show its selected row whole. */
    private static void keepSelectedInView(TableView<?> table) {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i >= 0 && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(i);
        }
    }
}
