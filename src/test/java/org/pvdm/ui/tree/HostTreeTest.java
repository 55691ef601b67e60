package org.pvdm.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.ui.UiTestSupport;
import org.pvdm.ui.app.MainViewModel;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two of libvirt's test-driver hosts open at once (the demo host and test:///default) in the connection tree,
 * a dead host beside them, and statistics that compare a guest of each host.
 */
@ExtendWith(ApplicationExtension.class)
class HostTreeTest {
    @TempDir
    static Path dir;

    private static final ConnectionEntry DEFAULT = ConnectionEntry.of("test:///default");
    private static final ConnectionEntry DEAD = ConnectionEntry.of("qemu+tcp://127.0.0.1:1/system");

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

    private void openBoth() {
        waitFor("the window", stage::isShowing);
        WaitForAsyncUtils.asyncFx(() -> vm.start("demo"));
        waitFor("the demo guests", () -> vm.guests().all().size() >= 12
                && vm.guests().all().stream().allMatch(g -> g.row() != null));
        WaitForAsyncUtils.asyncFx(() -> vm.connections().connect(DEFAULT));
        waitFor("test:///default open", () -> vm.hosts().find(DEFAULT) != null && vm.hosts().find(DEFAULT).usable()
                && !vm.hosts().find(DEFAULT).guests().all().isEmpty());
    }

    private static TreeItem<Object> hostItem(TreeView<Object> tree, ConnectionEntry e) {
        return tree.getRoot().getChildren().stream().filter(i -> e.equals(i.getValue())).findFirst().orElseThrow();
    }

    private static Set<String> guestNames(TreeItem<Object> host) {
        return host.getChildren().stream().map(i -> ((GuestItem) i.getValue()).name()).collect(Collectors.toSet());
    }

    /** The text a host's node shows below its name. */
    private static String stateShown(FxRobot robot, ConnectionEntry e) {
        for (Node n : robot.lookup(".host-node").queryAll()) {
            TreeCell<?> cell = (TreeCell<?>) n;
            if (e.equals(cell.getItem())) {
                return ((Label) cell.lookup(".host-state")).getText();
            }
        }
        return "(no node shown for " + e.label() + ")";
    }

    @Test
    void twoHostsEachWithItsGuestsAndADeadOneThatSaysWhy(FxRobot robot) {
        openBoth();
        TreeView<Object> tree = robot.lookup("#connection-tree").query();
        waitFor("both hosts' guests in the tree", () -> guestNames(hostItem(tree, ConnectionEntry.demo())).size() >= 12
                && guestNames(hostItem(tree, DEFAULT)).equals(Set.of("test")));
        assertTrue(guestNames(hostItem(tree, ConnectionEntry.demo())).contains("win2k3-fileserver"));
        waitFor("the states in the nodes", () -> stateShown(robot, DEFAULT).equals("connected: 1 guest, 1 with emulated devices")
                && stateShown(robot, ConnectionEntry.demo()).startsWith("connected: 18 guests, "));

        WaitForAsyncUtils.asyncFx(() -> vm.connections().connect(DEAD));
        waitFor("the error dialog", () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#error-dialog").query().getScene().getWindow().hide());
        waitFor("the failure in the dead host's node", () -> stateShown(robot, DEAD).startsWith("failed: ")
                && stateShown(robot, DEAD).contains("127.0.0.1"));
        assertSame(vm.hosts().find(DEFAULT), vm.hosts().focusedProperty().get(), "the working host stays shown");
        assertEquals("Connected to test:///default", robot.lookup("#connection-state").queryAs(Label.class).getText());

        // a guest of the other host, picked in the tree, shows that host in the Guests tab with the guest selected
        TreeItem<Object> jira = hostItem(tree, ConnectionEntry.demo()).getChildren().stream()
                .filter(i -> ((GuestItem) i.getValue()).name().equals("centos5-legacy-pbx")).findFirst().orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(jira));
        waitFor("the demo host shown", () -> vm.hosts().focusedProperty().get() == vm.hosts().find(ConnectionEntry.demo()));
        GuestItem selected = robot.lookup("#guest-table").queryTableView().getSelectionModel().getSelectedItem() instanceof
                GuestItem g ? g : null;
        assertNotNull(selected);
        assertEquals("centos5-legacy-pbx", selected.name());
        assertEquals("Connected to demo host", robot.lookup("#connection-state").queryAs(Label.class).getText());

        // the dead host's context menu retries it; disconnecting test:///default leaves the demo host open
        robot.interact(() -> tree.getSelectionModel().select(hostItem(tree, DEFAULT)));
        Node node = robot.lookup(".host-node").queryAll().stream()
                .filter(n -> DEFAULT.equals(((TreeCell<?>) n).getItem())).findFirst().orElseThrow();
        javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
        javafx.geometry.Point2D local = node.screenToLocal(b.getCenterX(), b.getCenterY());
        // what the platform sends on a right click (Monocle sends none of its own)
        robot.interact(() -> javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                b.getCenterX(), b.getCenterY(), false, null)));
        waitFor("the host's context menu", () -> robot.lookup("#tree-disconnect").tryQuery().isPresent());
        robot.clickOn("#tree-disconnect");
        waitFor("test:///default closed", () -> vm.hosts().find(DEFAULT) == null
                && stateShown(robot, DEFAULT).equals("not connected"));
        assertTrue(hostItem(tree, DEFAULT).getChildren().isEmpty(), "its guests leave the tree");
        assertTrue(vm.hosts().find(ConnectionEntry.demo()).usable(), "the demo host is still open");
        assertFalse(vm.stats().guests().stream().anyMatch(g -> g.name().equals("test")));
    }

    @Test
    void statisticsCompareAGuestOfEachHostEachSampledOnItsOwn(FxRobot robot) throws Exception {
        openBoth();
        robot.clickOn("#stats-tab");
        waitFor("the statistics view", () -> robot.lookup("#stats").tryQuery().isPresent());
        GuestItem pbx = vm.hosts().find(ConnectionEntry.demo()).guests().all().stream()
                .filter(g -> g.summary().state().active() && g.emulated() > 0).findFirst().orElseThrow();
        GuestItem test = vm.hosts().find(DEFAULT).guests().all().get(0);
        List<String> offered = WaitForAsyncUtils.asyncFx(() -> vm.stats().guests().stream()
                .map(g -> vm.stats().pickerLabel(g)).toList()).get();
        assertTrue(offered.contains("test (test:///default)"), offered.toString());
        assertTrue(offered.contains(pbx.name() + " (demo host)"), offered.toString());
        robot.interact(() -> {
            vm.stats().guestAProperty().set(pbx);
            vm.stats().guestBProperty().set(test);
        });
        @SuppressWarnings("unchecked")
        ComboBox<GuestItem> right = robot.lookup("#stats-guest-b").queryAs(ComboBox.class);
        waitFor("the picker names the host", () -> right.lookupAll(".list-cell").stream()
                .anyMatch(n -> "test (test:///default)".equals(((javafx.scene.control.ListCell<?>) n).getText())));
        // "test/vda: 1x the read ops/s of ol7-mixed-backup/hda": both sides have rates, each from its own host
        // (a side read on the other host would find no such guest and stay empty)
        waitFor("both sides charted and compared", () -> robot.lookup(".summary-line").queryAll().stream()
                .map(n -> ((Label) n).getText()).anyMatch(t -> t.startsWith("test/vda: ")
                        && t.contains("the read ops/s of " + pbx.name() + "/")));
        assertEquals("demo host (left), test:///default (right)", vm.stats().hostLabel());
    }
}
