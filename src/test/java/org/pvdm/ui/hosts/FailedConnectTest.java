package org.pvdm.ui.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.ui.UiTestSupport;
import org.pvdm.ui.app.MainView;
import org.pvdm.ui.app.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A connection attempt that fails never disturbs the open host; the highlighted row is the one opened. */
@ExtendWith(ApplicationExtension.class)
class FailedConnectTest {
    @TempDir
    static Path dir;

    private MainViewModel vm;
    private Stage stage;

    @BeforeAll
    static void needsLibvirt() {
        UiTestSupport.needsLibvirt();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = UiTestSupport.show(stage, dir).viewModel();
    }

    private static void closeErrorDialog(FxRobot robot) {
        javafx.stage.Window w = robot.lookup("#error-dialog").query().getScene().getWindow();
        robot.interact(w::hide);
        waitFor("the error dialog closed", () -> robot.lookup("#error-dialog").tryQuery().isEmpty());
    }

    @Test
    void aFailedConnectKeepsTheWorkingHostAndTheRightRow(FxRobot robot) {
        waitFor("the window", stage::isShowing);
        WaitForAsyncUtils.asyncFx(() -> vm.start("demo"));
        waitFor("the demo guests", () -> vm.guests().all().size() >= 12);
        HostSession demo = vm.session().session();
        int guests = vm.guests().all().size();

        ConnectionEntry dead1 = ConnectionEntry.of("qemu+tcp://127.0.0.1:1/system");
        ConnectionEntry dead2 = ConnectionEntry.of("qemu+tcp://127.0.0.1:2/system");
        WaitForAsyncUtils.asyncFx(() -> vm.connections().connect(dead1));
        waitFor("the error dialog", () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertSame(demo, vm.session().session(), "the demo host is still open");
        assertEquals(guests, vm.guests().all().size(), "its guests are still listed");
        assertEquals(ConnectionEntry.demo(), vm.session().requestedProperty().get());
        String state = robot.lookup("#connection-state").queryAs(Label.class).getText();
        assertEquals("Connected to demo host", state);
        closeErrorDialog(robot);

        // dead2 is added, then re-sorted to the top of the recent ones: the selection follows it
        WaitForAsyncUtils.asyncFx(() -> vm.connections().connect(dead2));
        waitFor("the second error dialog", () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        closeErrorDialog(robot);
        TreeView<Object> tree = robot.lookup("#connection-tree").query();
        robot.interact(() -> vm.connections().selectedProperty().set(dead1));
        robot.clickOn("#connect");
        waitFor("the third attempt", () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertEquals(dead1, tree.getSelectionModel().getSelectedItem().getValue(),
                "the row stays on the host being opened");
        assertEquals(dead1, vm.connections().entries().get(1), "the newest attempt is the first recent entry");
        assertSame(demo, vm.hosts().find(ConnectionEntry.demo()).session().session(), "the demo host is still open");
        assertTrue(vm.hosts().find(ConnectionEntry.demo()).guests().all().size() >= 12);
    }

    @Test
    void theFilterTypedForOneHostDoesNotHideAnothersGuests(FxRobot robot) {
        waitFor("the window", stage::isShowing);
        WaitForAsyncUtils.asyncFx(() -> vm.start("demo"));
        waitFor("the demo guests", () -> vm.guests().all().size() >= 12);
        robot.interact(() -> vm.guests().filterProperty().set("win2k"));
        waitFor("the filter applied", () -> vm.guests().shown().size() == 3);
        WaitForAsyncUtils.asyncFx(() -> vm.connections().connect(ConnectionEntry.of("test:///default")));
        waitFor("libvirt's default test host", () -> vm.session().session() != null
                && vm.session().session().entry().uri().equals("test:///default") && !vm.guests().all().isEmpty());
        assertEquals("", vm.guests().filterProperty().get());
        assertEquals(vm.guests().all().size(), vm.guests().shown().size(), "every guest of the new host shown");
    }
}
