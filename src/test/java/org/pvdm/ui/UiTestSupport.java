package org.pvdm.ui;


import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pvdm.switching.BackupStore;
import org.pvdm.ui.app.AppContext;
import org.pvdm.ui.app.MainView;
import org.pvdm.ui.app.MainViewModel;
import org.pvdm.ui.common.FxDialogService;
import org.pvdm.ui.common.FxTaskRunner;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.common.Styles;
import org.pvdm.ui.hosts.FxCredentialPrompt;
import org.pvdm.ui.hosts.HostOpener;
import org.testfx.util.WaitForAsyncUtils;
import org.pvdm.testsupport.Needs;

/** Builds the real main window on a stage, with settings and backups in a temporary folder. */
public final class UiTestSupport {
    private UiTestSupport() {}

    /** Skips (fails in CI) with what is missing when libvirt's client library cannot be loaded. */
    public static void needsLibvirt() {
        Needs.libvirt0();
    }

    public static MainView show(Stage stage, Path dir) {
        FxTaskRunner runner = new FxTaskRunner(4);
        AppContext ctx = new AppContext(runner, new FxDialogService(() -> stage),
                new Settings(dir.resolve("settings.properties")), HostOpener.libvirt(),
                new FxCredentialPrompt(() -> stage), new BackupStore(dir.resolve("backups")));
        MainViewModel vm = new MainViewModel(ctx);
        MainView view = new MainView(vm);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Styles.url());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.title());
        stage.setOnHidden(e -> {
            vm.shutdown();
            runner.close();
        });
        stage.show();
        return view;
    }

    /** Waits for a condition checked on the FX thread; the bound is generous so a busy machine never fails it. */
    public static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    /** guest -> "kind name" -> "status convertible" from the demo host's expectations. */
    public static Map<String, Map<String, String>> expected() throws IOException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        try (InputStream in = UiTestSupport.class.getResourceAsStream("/org/pvdm/demo/expected.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (f.length == 5) {
                    out.computeIfAbsent(f[0], k -> new TreeMap<>()).put(f[1] + " " + f[2], f[3] + " " + f[4]);
                }
            }
        }
        return out;
    }
}
