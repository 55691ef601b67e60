package org.pvdm.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.ui.UiTestSupport.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.MainWindowFixture;
import org.pvdm.ui.guests.GuestItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Statistics defects seen by a demoing admin: pairs after a switch, kept "before", history, export. */
class StatsDefectsTest extends MainWindowFixture {
    private StatsFrame frame() {
        return vm.stats().frameProperty().get();
    }

    @Test
    void beforeAfterPairsFollowTheSwitchAcrossTabsIntervalsAndRestarts(FxRobot robot) throws Exception {
        openDemo();
        GuestItem ol7 = guest("ol7-mixed-backup");
        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.DIGIT2);
        robot.interact(() -> {
            vm.stats().modeProperty().set(StatsMode.BEFORE_AFTER);
            vm.stats().guestAProperty().set(ol7);
        });
        waitFor("live points of ol7", () -> frame() != null && frame().b().title().startsWith("ol7-mixed-backup")
                && frame().b().devices().stream().allMatch(d -> d.data().size() >= 3)
                && frame().b().devices().size() >= 4);

        ctrl(robot, KeyCode.DIGIT1);
        TableView<GuestItem> table = robot.lookup("#guest-table").queryTableView();
        robot.interact(() -> table.scrollTo(ol7));
        robot.clickOn(robot.from(table).lookup("ol7-mixed-backup").<javafx.scene.Node>query());
        guestsSplitAtRest();
        waitFor("devices", () -> vm.devices().switchableCount().get() > 0);
        robot.clickOn("#select-all-convertible");
        robot.clickOn("#switch-button");
        waitFor("a plan that can be applied", () -> robot.lookup("#apply-button").tryQuery().isPresent()
                && !robot.lookup("#apply-button").queryButton().isDisabled());
        robot.clickOn("#apply-button");
        waitFor("the result", () -> robot.lookup("#rollback-button").queryButton().isVisible()
                && !robot.lookup("#rollback-button").queryButton().isDisabled());
        String message = robot.lookup("#plan-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Switched ol7-mixed-backup"), message);
        robot.clickOn("#close-plan");

        ctrl(robot, KeyCode.DIGIT2); // showing the tab again restarts the sampler
        robot.interact(() -> vm.stats().intervalProperty().set(Duration.ofMillis(500)));
        try {
            waitFor("the before/after ratios of all four disks", () -> frame() != null && frame().summary().stream()
                    .filter(l -> l.text().contains("read ops/s")).count() == 4);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + frame(), e);
        }
        List<String> lines = frame().summary().stream().map(StatsFrame.SummaryLine::text).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("vda:") && l.endsWith(" of hda")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sdb:") && l.endsWith(" of hdb")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("vdc:") && l.endsWith(" of sda")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("vdb:") && l.endsWith(" of vdb")), lines.toString());

        // the charts face each other the same way: "hda before" beside vda
        StatsView view = robot.lookup("#stats").queryAs(StatsView.class);
        List<String> left = frame().a().devices().stream().map(d -> d.label().split(" ")[0]).toList();
        List<String> right = frame().b().devices().stream().map(d -> d.label().split(" ")[0]).toList();
        assertEquals(List.of("hda", "hdb", "sda", "vdb"), left.subList(0, 4));
        assertEquals(List.of("vda", "sdb", "vdc", "vdb"), right.subList(0, 4));
        assertEquals(left.subList(4, left.size()), right.subList(4, right.size()), "each NIC beside itself");

        // the kept "before" is drawn on its own axis, from 0: it never scrolls off
        waitFor("the charts drawn", () -> view.points() > 0);
        DeviceChart kept = view.leftCharts().get(0);
        assertTrue(kept.kept());
        assertEquals(0.0, kept.firstX(), 1e-9);
        // the live side counts seconds ago (its newest point is at 0; older ones come with the next ticks)
        waitFor("the live side counting seconds ago", () -> view.rightCharts().get(0).firstX() < 0);

        // renames are stored with the backup: a restart of pvdm finds them
        String uri = vm.session().session().host().uri();
        assertEquals(Map.of("hda", "vda", "hdb", "sdb", "sda", "vdc"),
                vm.context().backups().renames(uri, ol7.uuid()));
    }

    @Test
    void chartHistorySurvivesTabsAndIntervalsAndPausedChartsKeepStill(FxRobot robot) {
        openDemo();
        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.DIGIT2);
        robot.interact(() -> vm.stats().intervalProperty().set(Duration.ofMillis(500)));
        waitFor("six points on the right", () -> frame() != null && !frame().b().devices().isEmpty()
                && frame().b().devices().get(0).data().size() >= 6);
        int had = frame().b().devices().get(0).data().size();
        ctrl(robot, KeyCode.DIGIT1);
        ctrl(robot, KeyCode.DIGIT2);
        robot.interact(() -> vm.stats().intervalProperty().set(Duration.ofSeconds(1)));
        long frames = vm.stats().frames();
        waitFor("a new frame", () -> vm.stats().frames() > frames + 1);
        assertTrue(frame().b().devices().get(0).data().size() >= had,
                "the chart kept its history: " + frame().b().devices().get(0).data().size() + " < " + had);

        StatsView view = robot.lookup("#stats").queryAs(StatsView.class);
        robot.clickOn("#stats-pause");
        WaitForAsyncUtils.waitForFxEvents();
        double x = view.rightCharts().get(0).firstX();
        long ticks = vm.stats().ticks();
        waitFor("two ticks while paused", () -> vm.stats().ticks() >= ticks + 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(x, view.rightCharts().get(0).firstX(), 1e-9, "a paused chart does not move");
    }

    @Test
    void exportSavesTheWholeComparisonAndSaysWhere(FxRobot robot) throws Exception {
        openDemo();
        robot.clickOn("#guest-table");
        ctrl(robot, KeyCode.DIGIT2);
        waitFor("a summary line", () -> frame() != null && !frame().summary().isEmpty());
        StatsView view = robot.lookup("#stats").queryAs(StatsView.class);
        Path typed = dir.resolve("charts.csv");
        robot.interact(() -> view.exportPng(typed));
        Path png = dir.resolve("charts.png");
        waitFor("the info dialog", () -> robot.lookup("#info-text").tryQuery().isPresent());
        String said = robot.lookup("#info-text").queryAs(Label.class).getText();
        assertTrue(said.contains(png.toString()), said);
        assertFalse(Files.exists(typed), "a PNG is never saved under a .csv name");
        BufferedImage image = ImageIO.read(png.toFile());
        int charts = SideView.slots(frame().a()).size() + SideView.slots(frame().b()).size();
        assertTrue(charts >= 4, "both sides have charts");
        assertEquals((int) ComparisonImage.WIDTH, image.getWidth());
        assertTrue(image.getHeight() > stage.getHeight(), "every chart, not only the visible ones: "
                + image.getHeight());
        robot.type(KeyCode.ENTER);

        Path csvTyped = dir.resolve("numbers.png");
        robot.interact(() -> vm.stats().exportCsv(csvTyped));
        waitFor("the CSV confirmation", () -> robot.lookup("#info-text").tryQuery()
                .map(n -> ((Label) n).getText().contains("numbers.csv")).orElse(false));
        assertTrue(Files.readString(dir.resolve("numbers.csv")).startsWith("time,guest"));
    }
}
