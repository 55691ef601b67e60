package org.pvdm.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.MainWindowFixture;
import org.pvdm.ui.guests.GuestItem;
import org.testfx.api.FxRobot;

/** The devices view on the demo host (libvirt's test driver): sources, sizes from libvirt, driver readiness. */
class DevicesReadinessViewTest extends MainWindowFixture {
    @Test
    void aWindowsGuestShowsSourcesSizesAndItsReadiness(FxRobot robot) {
        openDemo();
        TableView<GuestItem> guests = robot.lookup("#guest-table").queryTableView();
        robot.interact(() -> guests.getItems().stream().filter(g -> g.name().equals("win2k12r2-sql")).findFirst()
                .ifPresent(guests::scrollTo));
        robot.clickOn("win2k12r2-sql");
        guestsSplitAtRest(); // the cells looked at below are the ones drawn after the devices got their room
        TableView<DeviceItem> devices = robot.lookup("#device-table").queryTableView();
        waitFor("the sizes", () -> devices.getItems().stream().anyMatch(d -> d.report().name().equals("hda")
                && !d.sizeProperty().get().isEmpty()));
        DeviceItem hda = devices.getItems().stream().filter(d -> d.report().name().equals("hda")).findFirst()
                .orElseThrow();
        // the test driver answers virDomainGetBlockInfo with 1 TiB for every disk: shown compactly in the cell...
        assertEquals("1.0 TiB (1.0 TiB used)", hda.sizeProperty().get());
        // ...and said once above the table to be its made-up figure, not in every cell
        Label sizeNote = robot.lookup("#device-size-note").queryAs(Label.class);
        waitFor("the size note", () -> sizeNote.isVisible() && sizeNote.getText().contains("made-up"));
        assertTrue(devices.getItems().stream().noneMatch(d -> d.sizeProperty().get().contains("made-up")));
        // the source cell says the source only
        assertEquals("/var/lib/libvirt/images/win2k12r2-sql.qcow2", hda.detailsProperty().get());
        String size = hda.sizeProperty().get();
        waitFor("the size drawn in the table", () -> cell(robot, size::equals).isPresent());
        // the boot disk is marked in its name and its 0x7B risk leads the Reason cell, drawn, whole in the tooltip
        waitFor("the boot mark drawn", () -> cell(robot, "hda · boot"::equals).isPresent());
        waitFor("the risk drawn", () -> cell(robot, t -> t.startsWith("Windows boot disk") && t.contains("0x7B"))
                .isPresent());
        javafx.scene.control.TableCell<?, ?> risk = cell(robot, t -> t.startsWith("Windows boot disk")).orElseThrow();
        assertTrue(risk.getTooltip().getText().contains("INACCESSIBLE_BOOT_DEVICE")
                && risk.getTooltip().getText().endsWith(hda.report().reason()), risk.getTooltip().getText());
        waitFor("0x7B in the drawn (maybe elided) text", () -> robot.from(risk).lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.text.Text t && t.getText().contains("0x7B")).tryQuery().isPresent());
        // rows stay at most two lines high
        assertTrue(devices.getFixedCellSize() > 0 && devices.getFixedCellSize() < 3 * risk.getFont().getSize() * 1.5,
                "fixed two-line rows: " + devices.getFixedCellSize());

        Label readiness = robot.lookup("#device-readiness").queryAs(Label.class);
        waitFor("the readiness line", () -> readiness.getText().startsWith("Drivers for paravirtual devices:"));
        // Windows Server 2012 R2 has no in-box virtio driver in libosinfo's data
        assertTrue(readiness.getText().contains("disk not ready"), readiness.getText());
        assertTrue(readiness.isVisible());
        String evidence = readiness.getTooltip().getText();
        assertTrue(evidence.contains("osinfo") && evidence.contains("NIC:") && evidence.contains("SCSI:"), evidence);
    }

    /** A visible, drawn cell of the devices table whose shown text passes. */
    private static java.util.Optional<javafx.scene.control.TableCell<?, ?>> cell(FxRobot robot,
            java.util.function.Predicate<String> text) {
        javafx.scene.Node table = robot.lookup("#device-table").query();
        return robot.from(table).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && shown(c, table) && c.getText() != null && text.test(c.getText()))
                .tryQuery().map(n -> (javafx.scene.control.TableCell<?, ?>) n);
    }

    /** Visible with every parent up to the table: the flow's hidden measuring row holds cells with text too. */
    private static boolean shown(javafx.scene.Node n, javafx.scene.Node table) {
        for (javafx.scene.Node p = n; p != null && p != table; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
