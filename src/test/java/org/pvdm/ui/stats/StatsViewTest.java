package org.pvdm.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.MainWindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The live statistics view on the demo host: charts receive points, the synthetic counters are said. */
class StatsViewTest extends MainWindowFixture {
    @Test
    void chartsReceivePointsAndTheSummaryComparesTheSides(FxRobot robot) throws Exception {
        openDemo();
        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.DIGIT2);
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

    @Test
    void oneGuestBeforeAndAfter(FxRobot robot) {
        openDemo();
        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.DIGIT2);
        robot.interact(() -> {
            vm.stats().modeProperty().set(StatsMode.BEFORE_AFTER);
            vm.stats().guestAProperty().set(vm.guests().all().stream()
                    .filter(g -> g.name().equals("rhel7-jenkins")).findFirst().orElseThrow());
        });
        waitFor("live points of the guest", () -> vm.stats().frameProperty().get() != null
                && vm.stats().frameProperty().get().b().title().startsWith("rhel7-jenkins — after")
                && vm.stats().frameProperty().get().b().devices().stream().anyMatch(d -> d.data().size() >= 2));
        assertTrue(vm.stats().frameProperty().get().a().status().contains("Keep as before"));
        robot.clickOn("#stats-keep-before");
        waitFor("the kept before on the left", () -> vm.stats().frameProperty().get().a().title().contains("before (kept at")
                && !vm.stats().frameProperty().get().a().devices().isEmpty());
        waitFor("a before/after ratio", () -> vm.stats().frameProperty().get().summary().stream()
                .anyMatch(l -> l.text().contains("the read ops/s of")));
    }
}
