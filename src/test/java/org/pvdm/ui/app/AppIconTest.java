package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    @Test
    void theProjectIconsAreTheWindowIcons(FxRobot robot) throws Exception {
        List<Image> images = org.testfx.util.WaitForAsyncUtils.asyncFx(AppIcon::images).get();
        assertEquals(6, images.size());
        int[] sizes = {16, 32, 48, 64, 128, 256};
        for (int i = 0; i < sizes.length; i++) {
            assertFalse(images.get(i).isError());
            assertEquals(sizes[i], images.get(i).getWidth());
            assertFalse(images.get(i).getUrl() == null, "loaded from the resources, not drawn");
        }
    }
}
