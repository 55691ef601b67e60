package org.pvdm.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

/** The live statistics view on the demo host: charts receive points, the synthetic counters are said. */
@ExtendWith(ApplicationExtension.class)
class StatsViewTest {
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
        MainView view = UiTestSupport.show(stage, dir);
        vm = view.viewModel();
    }

    @Test
    void chartsReceivePointsAndTheSummaryComparesTheSides(FxRobot robot) throws Exception {
        waitFor("the window", stage::isShowing);
        WaitForAsyncUtils.asyncFx(() -> vm.start("demo"));
        waitFor("the demo guests", () -> vm.guests().all().size() >= 12
                && vm.guests().all().stream().allMatch(g -> g.row() != null));
        robot.clickOn("#guest-table");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        StatsView stats = robot.lookup("#stats").queryAs(StatsView.class);
        waitFor("default guests on both sides", () -> vm.stats().guestAProperty().get() != null
                && vm.stats().guestBProperty().get() != null);
        assertTrue(vm.stats().guestAProperty().get().emulated() > 0, "left: a guest with emulated devices");
        assertEquals(0, vm.stats().guestBProperty().get().emulated(), "right: a paravirtual guest");
        waitFor("points on the charts", () -> stats.points() > 4);
        waitFor("a summary line", () -> robot.lookup(".summary-line").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("the read ops/s of")));
        String notice = robot.lookup("#stats-notice").queryAs(Label.class).getText();
        assertTrue(notice.contains("SYNTHETIC") && notice.contains("pvdm lab up"), notice);

        StatsFrame f = vm.stats().frameProperty().get();
        assertNotNull(f);
        double reads = f.b().devices().get(0).data().values(org.pvdm.stats.Metric.RD_OPS_S)[0];
        assertEquals(100_000, reads, 5_000, "the test driver's disks read 100,000 requests/s");

        int before = stats.points();
        robot.clickOn("#stats-pause");
        waitFor("paused", () -> vm.stats().statusProperty().get().startsWith("Paused"));
        Path csv = dir.resolve("stats.csv");
        WaitForAsyncUtils.asyncFx(() -> vm.stats().exportCsv(csv));
        waitFor("the CSV", () -> Files.exists(csv));
        assertTrue(Files.readAllLines(csv).get(0).startsWith("time,guest,device,kind"));
        assertTrue(Files.readAllLines(csv).size() > 2);
        assertTrue(stats.points() >= before);
    }
}
