package org.pvdm.ui.stats;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;

/** Saves what the charts show as a PNG: the snapshot on the FX thread, the encoding in the background. */
final class ChartExport {
    private ChartExport() {}

    static void png(Node node, Path file, TaskRunner runner, DialogService dialogs, java.util.function.Consumer<String> done) {
        WritableImage image = node.snapshot(null, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        runner.run("save the charts to " + file, () -> {
            if (!ImageIO.write(buffered, "png", file.toFile())) {
                throw new IOException("no PNG writer available");
            }
            return file;
        }, saved -> done.accept("Saved the charts to " + saved),
                failure -> dialogs.showError(Problem.of("Export the charts as PNG", failure)));
    }
}
