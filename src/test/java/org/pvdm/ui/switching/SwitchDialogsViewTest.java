package org.pvdm.ui.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.pvdm.batch.Outcome;
import org.pvdm.testsupport.MainWindowFixture;
import org.pvdm.ui.guests.GuestItem;
import org.testfx.api.FxRobot;

/** The plan dialog's trial button and the batch dialog, on the demo host (libvirt's real test driver). */
class SwitchDialogsViewTest extends MainWindowFixture {
    private void click(FxRobot robot, String name, KeyCode... held) {
        TableView<GuestItem> table = robot.lookup("#guest-table").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(g -> g.name().equals(name)).findFirst()
                .ifPresent(table::scrollTo));
        robot.press(held).clickOn(name).release(held);
        guestsSplitAtRest(); // the first choice slides the divider: the next click aims at rows that stand still
    }

    @Test
    void theTryButtonIsOffOnTheTestDriverAndSaysWhy(FxRobot robot) {
        openDemo();
        click(robot, "sles15sp4-nfs");
        waitFor("devices", () -> vm.devices().switchableCount().get() > 0);
        robot.clickOn("#select-all-convertible");
        robot.clickOn("#switch-button");
        waitFor("the plan", () -> robot.lookup("#apply-button").tryQuery().isPresent()
                && !robot.lookup("#apply-button").queryButton().isDisabled());
        Button tryIt = robot.lookup("#try-clone-button").queryButton();
        assertTrue(tryIt.isVisible());
        assertTrue(tryIt.isDisabled(), "a test-driver guest does not boot: no trial");
        String why = robot.lookup("#try-clone-note").queryAs(Label.class).getText();
        assertTrue(why.contains("test driver") && why.contains("boots no real guest"), why);
    }

    @Test
    void severalGuestsAreSwitchedInOneDialogAndTheRefusedOneIsSaid(FxRobot robot) {
        openDemo();
        Map<String, Integer> before = vm.guests().all().stream().collect(Collectors.toMap(GuestItem::name,
                GuestItem::emulated));
        click(robot, "sles15sp4-nfs");
        click(robot, "debian11-vrouter", KeyCode.CONTROL);
        click(robot, "rhel7-jenkins", KeyCode.CONTROL);
        click(robot, "rhel9-postgres", KeyCode.CONTROL);
        Button batch = robot.lookup("#batch-switch-button").queryButton();
        waitFor("the batch button", () -> batch.isVisible() && batch.getText().equals("Switch 4 guests to paravirtual…"));
        robot.clickOn(batch);

        TableView<BatchRow> plan = robot.lookup("#batch-plan").queryTableView();
        waitFor("the plan of every guest", () -> plan.getItems().size() == 4
                && !robot.lookup("#batch-apply").queryButton().isDisabled());
        Map<String, String> verdicts = plan.getItems().stream().collect(Collectors.toMap(BatchRow::guest, BatchRow::verdict));
        assertEquals(Map.of("sles15sp4-nfs", "will switch", "debian11-vrouter", "will switch",
                "rhel7-jenkins", "refused", "rhel9-postgres", "left alone"), verdicts);
        assertTrue(plan.getItems().stream().filter(r -> r.guest().equals("sles15sp4-nfs")).findFirst().orElseThrow()
                .checks().contains("WARN"), "the warnings are listed");

        robot.clickOn("#batch-apply");
        waitFor("the one confirmation", () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#confirm-dialog").<javafx.scene.Node>query()).lookup("Switch")
                .<javafx.scene.Node>query());

        TableView<Outcome> results = robot.lookup("#batch-results").queryTableView();
        waitFor("a result per guest", () -> results.getItems().size() == 4 && results.isVisible());
        Map<String, Outcome> out = results.getItems().stream().collect(Collectors.toMap(Outcome::guest, o -> o));
        assertEquals(Outcome.Result.SWITCHED, out.get("sles15sp4-nfs").result());
        assertEquals(Outcome.Result.SWITCHED, out.get("debian11-vrouter").result());
        assertFalse(out.get("sles15sp4-nfs").backup().isEmpty());
        assertFalse(out.get("debian11-vrouter").backup().isEmpty());
        // backup ids are time stamps inside each guest's own folder: two guests switched in the same millisecond
        // may share one, so only that each has its own is asserted (above)
        assertEquals(Outcome.Result.REFUSED, out.get("rhel7-jenkins").result());
        assertTrue(out.get("rhel7-jenkins").detail().contains("running"));
        assertEquals(Outcome.Result.SKIPPED, out.get("rhel9-postgres").result());
        waitFor("the switched guests read again", () -> List.of("sles15sp4-nfs", "debian11-vrouter").stream()
                .allMatch(n -> vm.guests().all().stream().anyMatch(g -> g.name().equals(n)
                        && g.emulated() < before.get(n))));
        assertTrue(vm.guests().all().stream().anyMatch(g -> g.name().equals("rhel7-jenkins")
                && g.emulated() == before.get("rhel7-jenkins")), "the refused guest is as it was");
        assertEquals("Close", robot.lookup("#batch-close").queryButton().getText());
    }
}
