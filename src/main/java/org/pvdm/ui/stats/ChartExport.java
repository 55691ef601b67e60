package org.pvdm.ui.stats;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;

/** Saves the whole comparison as a PNG: drawn on the FX thread, encoded and written in the background. */
final class ChartExport {
    private ChartExport() {}

    static void png(StatsFrame frame, List<String> facts, String notice, Path typed, TaskRunner runner,
                    DialogService dialogs) {
        if (frame == null) {
            dialogs.showError(new Problem("Export the charts as PNG", "there is nothing to export yet",
                    "pick the guests to compare and wait for the first samples"));
            return;
        }
        Path file = ExportName.fix(typed, "png");
        WritableImage image = ComparisonImage.render(frame, facts, notice);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        runner.run("save the charts to " + file, () -> {
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            try {
                if (!ImageIO.write(buffered, "png", tmp.toFile())) {
                    throw new IOException("no PNG writer available");
                }
                java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
            return file;
        }, saved -> dialogs.showInfo("Charts saved", "Saved the whole comparison (" + buffered.getWidth() + "×"
                + buffered.getHeight() + " pixels) to " + saved + ExportName.note(typed, saved)),
                failure -> dialogs.showError(Problem.of("Export the charts as PNG", failure)));
    }
}
