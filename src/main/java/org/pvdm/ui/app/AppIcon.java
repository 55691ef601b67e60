package org.pvdm.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app icon of icons/ (rendered from icons/hicolor/scalable/apps/pvdm.svg by icons/render.sh), shipped in
 * the jar at every size a window manager asks for.
 */
final class AppIcon {
    private static final Logger LOG = LoggerFactory.getLogger(AppIcon.class);
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcon() {}

    static List<Image> images() {
        List<Image> out = new ArrayList<>();
        for (int size : SIZES) {
            String name = "/org/pvdm/icons/pvdm-" + size + ".png";
            try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
                if (in == null) {
                    LOG.warn("the icon {} is missing from the build", name);
                    continue;
                }
                out.add(new Image(in));
            } catch (IOException e) {
                LOG.warn("cannot read the icon {}: {}", name, e.getMessage());
            }
        }
        return out;
    }
}
