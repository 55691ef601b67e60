package org.pvdm.testsupport;

import static org.pvdm.ui.UiTestSupport.waitFor;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.ui.UiTestSupport;
import org.pvdm.ui.app.MainView;
import org.pvdm.ui.app.MainViewModel;
import org.pvdm.ui.guests.GuestItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a headless stage, with settings and backups in a temporary folder, for TestFX tests.
 * A test class extends it and gets the stage, the view, its ViewModel and the demo host on demand; test methods
 * may still take an {@code FxRobot} parameter (it is this fixture). TestFX only looks for {@code @Start} on the
 * test class itself, so the stage is set up through {@link ApplicationTest#start} instead.
 */
@ExtendWith(MainWindowFixture.Robot.class)
public abstract class MainWindowFixture extends ApplicationTest {
    @TempDir
    protected static Path dir;

    protected Stage stage;
    protected MainView view;
    protected MainViewModel vm;

    @BeforeAll
    static void needsLibvirt() {
        UiTestSupport.needsLibvirt();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        // TestFX hands every test the same stage: a size a test before set (a projector's 1024x700) stays on it
        // unless reset, and what fits in a row then depends on which test ran first
        stage.setWidth(1280);
        stage.setHeight(800);
        view = UiTestSupport.show(stage, dir);
        vm = view.viewModel();
    }

    /** Opens the demo host and waits for every guest with its verdicts. */
    protected void openDemo() {
        waitFor("the window", stage::isShowing);
        WaitForAsyncUtils.asyncFx(() -> vm.start("demo"));
        waitFor("every demo guest with its verdicts", () -> vm.guests().all().size() >= 12
                && vm.guests().all().stream().allMatch(g -> g.row() != null));
    }

    /**
     * Waits while the Guests tab's divider slides (once, at the first chosen guest): rows and cells move and are
     * reused meanwhile, so a click aimed or a cell held then may end on another guest or device.
     */
    protected void guestsSplitAtRest() {
        javafx.scene.Node split = lookup("#guests-split").query();
        waitFor("the guests split at rest", () -> !split.getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("sliding")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The listed guest of that name; fails when there is none. */
    protected GuestItem guest(String name) {
        return vm.guests().all().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    /** Ctrl+key, as the menus' shortcuts are typed. */
    protected static void ctrl(FxRobot robot, KeyCode k) {
        robot.press(KeyCode.CONTROL, k).release(k, KeyCode.CONTROL);
    }

    /** Hands the fixture itself to test methods that take an FxRobot. */
    static final class Robot implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
            return p.getParameter().getType() == FxRobot.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext c) {
            return c.getRequiredTestInstance();
        }
    }
}
