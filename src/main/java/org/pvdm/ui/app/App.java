package org.pvdm.ui.app;

import java.util.ServiceLoader;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pvdm.switching.BackupStore;
import org.pvdm.ui.common.FxDialogService;
import org.pvdm.ui.common.FxTaskRunner;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.common.Styles;
import org.pvdm.ui.hosts.FxCredentialPrompt;
import org.pvdm.ui.hosts.HostOpener;

/**
 * The JavaFX application: shows the window at once, then connects in the background. Started through
 * {@link GuiLauncher}, never as a main class.
 */
public final class App extends Application {
    private FxTaskRunner runner;
    private MainViewModel vm;
    private Settings settings;
    private Stage stage;

    @Override
    public void start(Stage primary) {
        stage = primary;
        settings = Settings.forUser();
        runner = new FxTaskRunner(4);
        FxDialogService dialogs = new FxDialogService(() -> stage);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(dialogs, Platform::runLater));
        AppContext ctx = new AppContext(runner, dialogs, settings, HostOpener.libvirt(),
                new FxCredentialPrompt(() -> stage), BackupStore.standard());
        vm = new MainViewModel(ctx);
        MainView view = new MainView(vm);
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Styles.url());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.title());
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setMinHeight(WindowState.MIN_HEIGHT);
        WindowState.restore(stage, settings);
        javafx.geometry.Rectangle2D placed = new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight());
        stage.setOnCloseRequest(e -> WindowState.save(stage, settings));
        ServiceLoader.load(WindowProbe.class).forEach(p -> p.attach(stage, view::showStats, () -> "guests="
                + vm.guests().all().size() + "\nstats_frames=" + vm.stats().frames() + "\nstats_status="
                + vm.stats().statusProperty().get()));
        stage.show();
        if (!stage.isMaximized()) {
            WindowState.apply(stage, placed); // a window manager may have placed it elsewhere on mapping
        }
        String uri = GuiArgs.parse(getParameters().getRaw()).map(GuiArgs::connect).orElse(null);
        // connect once the first frame is laid out: the window appears first, the data follows
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    vm.start(uri);
                    stage.getIcons().setAll(AppIcon.images());
                });
            }
        });
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.shutdown();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
