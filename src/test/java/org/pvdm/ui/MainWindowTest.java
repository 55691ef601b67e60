package org.pvdm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.MainWindowFixture;
import org.pvdm.model.convert.Change;
import org.pvdm.switching.Check;
import org.pvdm.ui.devices.DeviceItem;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.testfx.api.FxRobot;

/** The main window's flows, headless (Monocle), on the demo host: libvirt's real test driver. */
class MainWindowTest extends MainWindowFixture {
    /** Scrolls the guest into view and clicks it, as a person would. */
    private void select(FxRobot robot, String name) {
        TableView<GuestItem> table = robot.lookup("#guest-table").queryTableView();
        guestsSplitAtRest();
        robot.interact(() -> table.getItems().stream().filter(g -> g.name().equals(name)).findFirst()
                .ifPresent(table::scrollTo));
        // the row's cell exists only after the next layout pass, later still on a loaded machine
        waitFor(name + " in a row of the table", () -> robot.from(table).lookup(name).tryQuery().isPresent());
        robot.clickOn(robot.from(table).lookup(name).<javafx.scene.Node>query());
    }

    @Test
    void guestTableShowsTheDemoHost(FxRobot robot) throws Exception {
        openDemo();
        Map<String, Map<String, String>> expected = UiTestSupport.expected();
        TableView<GuestItem> table = robot.lookup("#guest-table").queryTableView();
        List<String> names = table.getItems().stream().map(GuestItem::name).toList();
        assertTrue(names.containsAll(expected.keySet()), "every demo guest listed: " + names);
        for (GuestItem g : table.getItems()) {
            Map<String, String> devices = expected.get(g.name());
            if (devices != null) {
                long emulated = devices.entrySet().stream().filter(e -> !e.getKey().startsWith("controller")
                        && e.getValue().startsWith("emulated")).count();
                assertEquals(emulated, g.emulated(), g.name());
            }
        }
        assertEquals("PV Driver Manager — demo host", stage.getTitle());
        waitFor("status bar", () -> robot.lookup("#connection-state").queryAs(Label.class).getText()
                .equals("Connected to demo host"));
        assertTrue(robot.lookup("#status-detail").queryAs(Label.class).getText().contains("synthetic"));
        // the badge reads without colour: its words say how many
        waitFor("the badges drawn", () -> !robot.lookup(".badge-emulated").queryAll().isEmpty());
        assertTrue(robot.lookup(".badge-emulated").queryAll().stream()
                .allMatch(n -> ((Label) n).getText().matches("\\d+ emulated")));

        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.F);
        robot.write("win2k");
        waitFor("the filter", () -> table.getItems().size() == 3);
        assertTrue(table.getItems().stream().allMatch(g -> g.name().startsWith("win2k")));
        robot.type(KeyCode.ENTER);
        waitFor("Enter moves to the table and selects the first match", () -> table.isFocused()
                && vm.guests().selectedProperty().get() != null);
        robot.type(KeyCode.DOWN);
        waitFor("Down selects the next guest", () -> vm.guests().selectedProperty().get() == table.getItems().get(1));
    }

    @Test
    void selectingAGuestShowsItsDevicesWithTheRightStatuses(FxRobot robot) throws Exception {
        openDemo();
        Map<String, Map<String, String>> expected = UiTestSupport.expected();
        for (String guest : List.of("win2k3-fileserver", "sles11sp1-hvm-web", "ol7-mixed-backup")) {
            select(robot, guest);
            TableView<DeviceItem> devices = robot.lookup("#device-table").queryTableView();
            waitFor(guest + "'s devices", () -> !devices.getItems().isEmpty()
                    && robot.lookup("#device-title").queryAs(Label.class).getText().contains(guest));
            Map<String, String> actual = new TreeMap<>();
            for (DeviceItem d : devices.getItems()) {
                actual.put(d.report().kind().label() + " " + d.report().name(),
                        d.report().status().label() + " " + d.report().convertible());
            }
            assertEquals(expected.get(guest), actual, guest);
        }
        List<String> statusTexts = robot.lookup(".status-emulated").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).collect(Collectors.toList());
        assertFalse(statusTexts.isEmpty(), "emulated devices are marked in words too");
        assertTrue(statusTexts.stream().allMatch(t -> t.startsWith("emulated")), statusTexts.toString());
    }

    @Test
    void planDialogShowsTheChangesAndTheDiff(FxRobot robot) {
        openDemo();
        select(robot, "centos5-legacy-pbx");
        waitFor("devices", () -> vm.devices().switchableCount().get() > 0);
        robot.clickOn("#select-all-convertible");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the plan", () -> robot.lookup("#plan-changes").tryQuery().isPresent()
                && !robot.lookup("#plan-changes").<Change>queryTableView().getItems().isEmpty());
        TableView<Change> changes = robot.lookup("#plan-changes").queryTableView();
        assertEquals(vm.devices().switchableCount().get(), changes.getItems().size());
        ListView<String> diff = robot.lookup("#plan-diff").queryListView();
        assertTrue(diff.getItems().stream().anyMatch(l -> l.startsWith("+") && !l.startsWith("+++")), "added lines");
        assertTrue(diff.getItems().stream().anyMatch(l -> l.startsWith("-") && !l.startsWith("---")), "removed lines");
        assertFalse(robot.lookup(".diff-added").queryAll().isEmpty(), "added lines are coloured");
        assertFalse(robot.lookup(".diff-removed").queryAll().isEmpty(), "removed lines are coloured");
        ListView<Check> checks = robot.lookup("#plan-checks").queryListView();
        assertFalse(checks.getItems().isEmpty());
        assertFalse(robot.lookup("#apply-button").queryButton().isDisabled(), "nothing blocks this plan");

        // a device is unticked inside the plan: the plan is made again without it
        int before = changes.getItems().size();
        Change first = changes.getItems().stream().filter(c -> !c.from().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> changes.getSelectionModel().select(first));
        robot.clickOn("#plan-leave-out");
        waitFor("the plan without " + first.device(), () -> !robot.lookup("#apply-button").queryButton().isDisabled()
                && changes.getItems().size() == before - 1
                && changes.getItems().stream().noneMatch(c -> c.device().equals(first.device())));
    }

    @Test
    void confirmingASwitchChangesTheGuestsBadge(FxRobot robot) {
        openDemo();
        GuestItem guest = vm.guests().all().stream().filter(g -> g.name().equals("rhel7-jenkins")).findFirst().orElseThrow();
        assertEquals(1, guest.emulated());
        select(robot, "rhel7-jenkins");
        waitFor("devices", () -> vm.devices().switchableCount().get() > 0);
        robot.clickOn("#select-all-convertible");
        robot.clickOn("#switch-button");
        waitFor("a plan that can be applied", () -> robot.lookup("#apply-button").tryQuery().isPresent()
                && !robot.lookup("#apply-button").queryButton().isDisabled());
        robot.clickOn("#apply-button");
        waitFor("the result", () -> robot.lookup("#rollback-button").queryButton().isVisible()
                && !robot.lookup("#rollback-button").queryButton().isDisabled());
        waitFor("the badge", () -> guest.emulated() == 0);
        assertFalse(robot.lookup("#plan-running-note").query().isVisible(), "no stale 'needs a cold boot' after success");
        assertEquals("running", guest.summary().state().label(), "started again after the switch");
        assertTrue(robot.lookup("#plan-progress").<String>queryListView().getItems().stream()
                .anyMatch(s -> s.startsWith("backup written")));

        ListView<String> diff = robot.lookup("#plan-diff").queryListView();
        assertTrue(diff.getItems().stream().anyMatch(l -> l.startsWith("+") && l.contains("virtio")), "forward diff");

        // a rollback is confirmed like every change, with its own diff; cancelling changes nothing
        robot.clickOn("#rollback-button");
        waitFor("the confirmation", () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#plan-diff-title").queryAs(Label.class).getText().contains("rollback"));
        assertTrue(diff.getItems().stream().anyMatch(l -> l.startsWith("-") && !l.startsWith("---")
                && l.contains("virtio")), "the rollback removes the virtio lines: " + diff.getItems());
        robot.clickOn(robot.from(robot.lookup("#confirm-dialog").<javafx.scene.Node>query()).lookup("Cancel")
                .<javafx.scene.Node>query());
        waitFor("the confirmation closed", () -> robot.lookup("#confirm-dialog").tryQuery().isEmpty());
        assertEquals(0, guest.emulated(), "nothing rolled back without confirmation");
        assertTrue(diff.getItems().stream().anyMatch(l -> l.startsWith("+") && l.contains("virtio")), "forward diff back");

        robot.clickOn("#rollback-button");
        waitFor("the confirmation", () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#confirm-dialog").<javafx.scene.Node>query()).lookup("Roll back")
                .<javafx.scene.Node>query());
        waitFor("the rollback", () -> guest.emulated() == 1);
    }

    @Test
    void guestsAppearChangeStateAndDisappearLiveWithoutARefresh(FxRobot robot) throws Exception {
        openDemo();
        org.pvdm.host.Host host = vm.session().session().host();
        GuestItem jira = vm.guests().all().stream().filter(g -> g.name().equals("rhel8-jira")).findFirst().orElseThrow();
        host.shutdown(jira.uuid());
        waitFor("rhel8-jira shown shut off", () -> jira.summary().state().label().equals("shut off"));

        String xml = host.inactiveXml(jira.uuid()).replace("<name>rhel8-jira</name>", "<name>zz-new-guest</name>")
                .replaceAll("<uuid>[^<]+</uuid>", "<uuid>6f1c1a55-0000-4000-8000-000000000001</uuid>")
                .replaceAll("<mac address='[^']+'/>", "");
        host.define(xml);
        waitFor("the new guest listed", () -> vm.guests().all().stream().anyMatch(g -> g.name().equals("zz-new-guest")
                && g.row() != null));
        host.undefine("6f1c1a55-0000-4000-8000-000000000001");
        waitFor("the new guest gone", () -> vm.guests().all().stream().noneMatch(g -> g.name().equals("zz-new-guest")));

        int before = vm.guests().all().size();
        robot.clickOn("#guest-table");
        robot.type(KeyCode.F5);
        waitFor("F5 reloads", () -> vm.guests().all().size() == before
                && vm.guests().all().stream().allMatch(g -> g.row() != null));
    }

    @Test
    void readOnlyConnectionsSayWhyWriteActionsAreDisabled(FxRobot robot) {
        waitFor("the window", stage::isShowing);
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> vm.connections().connect(new ConnectionEntry("demo", true)));
        waitFor("guests", () -> vm.guests().all().size() >= 12 && vm.guests().all().stream().allMatch(g -> g.row() != null));
        select(robot, "centos5-legacy-pbx");
        robot.clickOn("#select-all-convertible");
        assertTrue(robot.lookup("#switch-button").queryButton().isDisabled());
        String why = robot.lookup("#switch-disabled-reason").queryAs(Label.class).getText();
        assertTrue(why.startsWith("Read-only connection"), why);
        assertTrue(robot.lookup("#connection-state").queryAs(Label.class).getText().contains("read-only"));
    }

    @Test
    void unreachableUriShowsAnErrorDialog(FxRobot robot) {
        waitFor("the window", stage::isShowing);
        robot.clickOn("#add-connection");
        robot.clickOn("#kind-custom");
        robot.clickOn("#custom-uri").write("qemu+tcp://127.0.0.1:1/system");
        robot.clickOn("#add-connection-connect");
        waitFor("the error dialog", () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("127.0.0.1"), pane.getHeaderText());
        String todo = robot.lookup("#error-what-to-do").queryAs(Label.class).getText();
        assertFalse(todo.isBlank());
        assertFalse((pane.getHeaderText() + todo).contains("Exception"), "no stack trace: " + pane.getHeaderText());
        assertFalse((pane.getHeaderText() + todo).contains("\tat "), "no stack trace");
        assertEquals(ConnectionEntry.of("qemu+tcp://127.0.0.1:1/system"), vm.session().requestedProperty().get());
        assertTrue(robot.lookup("#connection-state").queryAs(Label.class).getText().startsWith("Not connected"));
    }
}
