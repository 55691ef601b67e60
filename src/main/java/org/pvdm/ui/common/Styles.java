package org.pvdm.ui.common;

import java.util.Objects;

/** The app's one style sheet. */
public final class Styles {
    private Styles() {}

    public static String url() {
        return Objects.requireNonNull(Styles.class.getResource("/org/pvdm/ui/pvdm.css"), "pvdm.css").toExternalForm();
    }
}
