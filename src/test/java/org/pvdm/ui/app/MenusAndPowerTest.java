package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.MainWindowFixture;
import org.pvdm.ui.guests.GuestItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Context menus with power actions, Help > About and shortcuts, the HTML report from the GUI. */
class MenusAndPowerTest extends MainWindowFixture {
    private void menuItem(FxRobot robot, String id) {
        waitFor(id + " shown", () -> robot.lookup(id).tryQuery().isPresent());
        robot.clickOn(id);
    }

    /** What the platform sends on a right click, Shift+F10 or the Menu key (Monocle sends none of its own). */
    private static void menu(FxRobot robot, Node row) {
        javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
        javafx.geometry.Point2D local = row.screenToLocal(b.getCenterX(), b.getCenterY());
        robot.interact(() -> javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                b.getCenterX(), b.getCenterY(), false, null)));
    }

    @Test
    void powerFromTheContextMenuWithForceOffConfirmed(FxRobot robot) {
        openDemo();
        GuestItem jira = guest("rhel8-jira");
        TableView<GuestItem> table = robot.lookup("#guest-table").queryTableView();
        robot.interact(() -> table.scrollTo(jira));
        Node row = robot.from(table).lookup("rhel8-jira").query();
        robot.clickOn(row);
        guestsSplitAtRest();
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT); // the keyboard's way
        waitFor("the context menu", () -> robot.lookup("#ctx-shutdown").tryQuery().isPresent());
        assertTrue(robot.lookup("#ctx-start").tryQuery().isPresent());
        robot.clickOn("#ctx-shutdown");
        waitFor("rhel8-jira shut off", () -> !jira.summary().state().active());

        menu(robot, row);
        menuItem(robot, "#ctx-start");
        waitFor("rhel8-jira running", () -> jira.summary().state().active());

        menu(robot, row);
        menuItem(robot, "#ctx-force-off");
        waitFor("the confirmation", () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#confirm-dialog").<Node>query()).lookup("Cancel").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(jira.summary().state().active(), "cancelled: still running");
        menu(robot, row);
        menuItem(robot, "#ctx-force-off");
        waitFor("the confirmation", () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#confirm-dialog").<Node>query()).lookup("Force off").<Node>query());
        waitFor("rhel8-jira forced off", () -> !jira.summary().state().active());
    }

    @Test
    void theDevicesViewMarksTheBootDiskItsSourceAndTheWindowsRisk(FxRobot robot) {
        openDemo();
        TableView<GuestItem> table = robot.lookup("#guest-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(guest("win2k3-fileserver")));
        TableView<org.pvdm.ui.devices.DeviceItem> devices = robot.lookup("#device-table").queryTableView();
        waitFor("the sources read", () -> devices.getItems().stream()
                .anyMatch(d -> !d.detailsProperty().get().isEmpty()));
        org.pvdm.ui.devices.DeviceItem hdaItem = devices.getItems().stream()
                .filter(d -> d.report().name().equals("hda")).findFirst().orElseThrow();
        String hda = hdaItem.detailsProperty().get();
        // the source cell holds the source only; the boot mark is in the name, the risk leads the reason
        assertTrue(hda.startsWith("/") && hda.endsWith(".qcow2"), hda);
        assertTrue(hdaItem.nameText().get().equals("hda · boot"), hdaItem.nameText().get());
        assertTrue(hdaItem.reasonText().get().startsWith("Windows boot disk") && hdaItem.reasonText().get()
                .contains("0x7B"), hdaItem.reasonText().get());
        org.pvdm.ui.devices.DeviceItem hdcItem = devices.getItems().stream()
                .filter(d -> d.report().name().equals("hdc")).findFirst().orElseThrow();
        String hdc = hdcItem.detailsProperty().get();
        assertTrue(!hdc.isEmpty() && hdcItem.nameText().get().equals("hdc")
                && !hdcItem.reasonText().get().contains("0x7B"), hdc + " / " + hdcItem.reasonText().get());
        assertTrue(devices.getItems().stream().filter(d -> d.report().kind() == org.pvdm.model.classify.DeviceKind.NIC)
                .allMatch(d -> d.detailsProperty().get().startsWith("network: ")), "each NIC says its network");
    }

    @Test
    void aShutOffGuestPickedForStatisticsIsOfferedAStart(FxRobot robot) throws Exception {
        openDemo();
        GuestItem jira = guest("rhel8-jira");
        vm.session().session().host().shutdown(jira.uuid());
        waitFor("rhel8-jira shut off", () -> !jira.summary().state().active());
        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.DIGIT2);
        robot.interact(() -> vm.stats().guestAProperty().set(jira));
        waitFor("the offer", () -> robot.lookup("#stats-start-guest").query().isVisible());
        assertEquals("Start rhel8-jira", robot.lookup("#stats-start-guest").queryButton().getText());
        robot.clickOn("#stats-start-guest");
        waitFor("rhel8-jira running", () -> jira.summary().state().active());
        waitFor("the offer gone", () -> !robot.lookup("#stats-start-guest").query().isVisible());
    }

    @Test
    void helpSaysTheVersionsAndTheShortcuts(FxRobot robot) {
        openDemo();
        robot.clickOn("#guest-table");
        robot.type(KeyCode.F1);
        waitFor("About", () -> robot.lookup("#about-text").tryQuery().isPresent());
        waitFor("the host's libvirt", () -> robot.lookup("#about-text").queryAs(Label.class).getText()
                .contains("demo host: libvirt 9."));
        String about = robot.lookup("#about-text").queryAs(Label.class).getText();
        assertTrue(about.contains("libvirt on this computer: 9."), about);
        assertTrue(about.contains("docs/"), about);
        robot.interact(() -> robot.lookup("#about-text").query().getScene().getWindow().hide());
        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.SLASH);
        waitFor("the shortcuts", () -> robot.lookup("#shortcuts-text").tryQuery().isPresent());
        String keys = robot.lookup("#shortcuts-text").queryAs(TextArea.class).getText();
        assertTrue(keys.contains("Ctrl+2") && keys.contains("Ctrl+Shift+R"), keys);
    }

    @Test
    void theReportFromTheGuiHoldsRatiosChartsAndTheNotice(FxRobot robot) throws Exception {
        openDemo();
        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.DIGIT2);
        waitFor("a summary line", () -> robot.lookup(".summary-line").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("the read ops/s of")));
        Path typed = dir.resolve("report");
        robot.interact(() -> vm.stats().exportReport(typed));
        waitFor("the confirmation", () -> robot.lookup("#info-text").tryQuery().isPresent());
        Path html = dir.resolve("report.html");
        assertTrue(robot.lookup("#info-text").queryAs(Label.class).getText().contains(html.toString()));
        String page = Files.readString(html);
        assertTrue(page.contains("id='ratios'") && page.contains("<svg") && page.contains("id='synthetic'"), page);
        assertEquals(-1, page.indexOf("<script"));
    }
}
