package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pvdm.testsupport.MainWindowFixture;
import org.pvdm.ui.VisibleRows;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.devices.DeviceItem;
import org.pvdm.ui.guests.GuestItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A projector's 1024x700 and a window manager's placement: everything on screen and usable. */
class SmallScreenTest extends MainWindowFixture {
    private void inside(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        assertTrue(n.isVisible(), id + " is visible");
        Bounds b = n.localToScene(n.getBoundsInLocal());
        double w = n.getScene().getWidth();
        double h = n.getScene().getHeight();
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= w + 0.5 && b.getMinY() >= 0 && b.getMaxY() <= h + 0.5,
                id + " lies inside the 1024x700 window: " + b);
    }

    /** The demo host in a window of that size: the whole 1024x700 or as {@link WindowState} first places it there. */
    private void onProjector(FxRobot robot, boolean placed) {
        Rectangle2D size = placed ? WindowState.place(new Settings(dir.resolve("placed.properties")),
                new Rectangle2D(0, 0, 1024, 700)) : new Rectangle2D(0, 0, 1024, 700);
        robot.interact(() -> {
            stage.setWidth(size.getWidth());
            stage.setHeight(size.getHeight());
        });
        openDemo();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A value read on the FX thread. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }

    private static int rows(TableView<?> table) {
        return onFx(() -> VisibleRows.count(table));
    }

    private static double divider(SplitPane split) {
        return onFx(() -> split.getDividerPositions()[0]);
    }

    @ParameterizedTest(name = "placed by pvdm: {0}")
    @ValueSource(booleans = {false, true})
    void theGuestsHaveTheRoomUntilOneIsChosenThenItsDevices(boolean placed, FxRobot robot) {
        onProjector(robot, placed);
        TableView<GuestItem> guests = robot.lookup("#guest-table").queryTableView();
        TableView<DeviceItem> devices = robot.lookup("#device-table").queryTableView();
        SplitPane split = robot.lookup("#guests-split").query();
        int before = rows(guests);
        assertTrue(before >= 8, "at least 8 of the 18 guests in view before a choice: " + before);

        // by keyboard: into the table from the filter box, then down to a guest with 4 or more devices
        robot.clickOn("#guest-filter");
        robot.type(KeyCode.DOWN);
        waitFor("a guest chosen", () -> vm.guests().selectedProperty().get() != null);
        for (int i = 0; i < 18 && !"sles15sp4-nfs".equals(vm.guests().selectedProperty().get().name()); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals("sles15sp4-nfs", vm.guests().selectedProperty().get().name());
        waitFor("the devices of sles15sp4-nfs", () -> devices.getItems().size() >= 4);
        waitFor("the divider at rest for the devices",
                () -> Math.abs(split.getDividerPositions()[0] - GuestsSplit.afterChoice(split.getHeight())) < 0.001);
        WaitForAsyncUtils.waitForFxEvents();
        int deviceRows = rows(devices);
        assertTrue(deviceRows >= 4, "at least 4 device rows once a guest is chosen: " + deviceRows);
        inside(robot, "#switch-button");
        assertTrue(guests.isFocused(), "the guest table keeps the focus");
        int chosen = guests.getSelectionModel().getSelectedIndex();
        assertTrue(onFx(() -> VisibleRows.shows(guests, chosen)),
                "the chosen guest's row stays in view");

        // the move happens once: the next guest leaves the divider where it is
        double after = divider(split);
        robot.type(KeyCode.UP);
        waitFor("another guest", () -> !"sles15sp4-nfs".equals(vm.guests().selectedProperty().get().name()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, divider(split), 0.0001, "no second move");
    }

    @Test
    void aDividerTheAdminDraggedStaysWhereTheyLeftIt(FxRobot robot) throws InterruptedException {
        onProjector(robot, false);
        TableView<GuestItem> guests = robot.lookup("#guest-table").queryTableView();
        TableView<DeviceItem> devices = robot.lookup("#device-table").queryTableView();
        SplitPane split = robot.lookup("#guests-split").query();
        assertTrue(rows(guests) >= 8, "the guests have the room first: " + rows(guests) + " rows");
        Node bar = split.lookupAll(".split-pane-divider").stream().filter(n -> n.getParent() == split)
                .findFirst().orElseThrow();
        double was = divider(split);
        robot.drag(bar).moveBy(0, -60).moveBy(0, -60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = divider(split);
        assertTrue(dragged < was - 0.1, "the drag moved the divider: " + was + " -> " + dragged);

        robot.interact(() -> guests.getSelectionModel().select(guest("sles15sp4-nfs")));
        waitFor("the devices of sles15sp4-nfs", () -> devices.getItems().size() >= 4);
        // longer than the slide pvdm would make on its own: a move, if any, would show by now
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dragged, divider(split), 0.0001, "the divider stays where the admin dragged it");
    }

    @Test
    void statisticsAreUsableAt1024x700(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        waitFor("the window", stage::isShowing);
        WaitForAsyncUtils.asyncFx(() -> vm.start("demo"));
        waitFor("the demo guests", () -> vm.guests().all().size() >= 12);
        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.DIGIT2);
        waitFor("both guests chosen", () -> vm.stats().guestBProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#stats-mode", "#stats-guest-a", "#stats-guest-b", "#stats-pause", "#stats-interval",
                "#stats-export-csv", "#stats-export-png", "#stats-side-a", "#stats-side-b")) {
            inside(robot, id);
        }
        // the connections pane folds away for more room, and comes back
        double before = robot.lookup("#stats-side-b").query().getLayoutBounds().getWidth();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the connections pane hidden", () -> robot.lookup("#connections").tryQuery()
                .map(n -> n.getScene() == null).orElse(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#stats-side-b").query().getLayoutBounds().getWidth() > before, "more room");
        robot.interact(() -> view.connectionsShownProperty().set(true));
        waitFor("the connections pane back", () -> robot.lookup("#connections").tryQuery().isPresent());
    }

    @Test
    void theDevicesTableFitsWithoutScrollingSideways(FxRobot robot) {
        // the size the window first opens at on a 1024x700 projector
        Rectangle2D placed = WindowState.place(new Settings(dir.resolve("devices.properties")),
                new Rectangle2D(0, 0, 1024, 700));
        robot.interact(() -> {
            stage.setWidth(placed.getWidth());
            stage.setHeight(placed.getHeight());
        });
        openDemo();
        TableView<GuestItem> guests = robot.lookup("#guest-table").queryTableView();
        robot.interact(() -> guests.getSelectionModel().select(guest("win2k12r2-sql")));
        TableView<DeviceItem> devices = robot.lookup("#device-table").queryTableView();
        waitFor("the devices of win2k12r2-sql", () -> devices.getItems().size() >= 4);
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> sideways = devices.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).toList();
        double columns = devices.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        String widths = "the columns take " + columns + " px of " + devices.getWidth();
        assertTrue(columns <= devices.getWidth(), "every column in view: " + widths);
        assertEquals(List.of(), sideways, "no horizontal scroll bar: " + widths);
        for (TableColumn<DeviceItem, ?> c : devices.getColumns()) {
            assertTrue(c.getWidth() >= c.getMinWidth() && c.getMinWidth() > 0, c.getId() + " keeps its header whole");
        }
    }

    @Test
    void theWindowOpensCentredTheFirstTimeAndClampedAfterwards() {
        Rectangle2D projector = new Rectangle2D(0, 0, 1024, 700);
        Settings fresh = new Settings(dir.resolve("fresh.properties"));
        Rectangle2D first = WindowState.place(fresh, projector);
        assertTrue(first.getWidth() >= 900 && first.getWidth() <= 1024, "a sensible size: " + first);
        assertEquals((1024 - first.getWidth()) / 2, first.getMinX(), 0.5, "centred");
        assertEquals((700 - first.getHeight()) / 2, first.getMinY(), 0.5, "centred");

        Settings saved = new Settings(dir.resolve("saved.properties"));
        saved.putDouble("window.width", 1280);
        saved.putDouble("window.height", 780);
        saved.putDouble("window.x", -300);
        saved.putDouble("window.y", 40);
        Rectangle2D clamped = WindowState.place(saved, projector);
        assertEquals(new Rectangle2D(0, 0, 1024, 700), clamped, "clamped to the visible screen, not shrunk to the minimum");

        Settings small = new Settings(dir.resolve("small.properties"));
        small.putDouble("window.width", 900);
        small.putDouble("window.height", 600);
        small.putDouble("window.x", 30);
        small.putDouble("window.y", 20);
        assertEquals(new Rectangle2D(30, 20, 900, 600), WindowState.place(small, projector), "restored as saved");
    }

    @Test
    void theRealStageIsPlacedInsideTheScreen(FxRobot robot) {
        Settings saved = new Settings(dir.resolve("stage.properties"));
        saved.putDouble("window.width", 5000);
        saved.putDouble("window.height", 4000);
        saved.putDouble("window.x", -2000);
        saved.putDouble("window.y", -2000);
        robot.interact(() -> WindowState.restore(stage, saved));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getX() >= screen.getMinX() && stage.getY() >= screen.getMinY()
                && stage.getX() + stage.getWidth() <= screen.getMaxX() + 0.5
                && stage.getY() + stage.getHeight() <= screen.getMaxY() + 0.5,
                "inside " + screen + ": " + stage.getX() + "," + stage.getY() + " " + stage.getWidth() + "x" + stage.getHeight());
    }
}
