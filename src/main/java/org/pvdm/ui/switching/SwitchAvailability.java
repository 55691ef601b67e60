package org.pvdm.ui.switching;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.pvdm.ui.devices.DevicesViewModel;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.ui.hosts.SessionModel;

/**
 * Why "Switch to paravirtual…" is disabled right now, as a sentence for the tooltip and the status bar;
 * "" when it is enabled.
 */
public final class SwitchAvailability {
    private final StringBinding reason;

    public SwitchAvailability(SessionModel sessions, DevicesViewModel devices) {
        reason = Bindings.createStringBinding(() -> {
            HostSession s = sessions.session();
            if (s == null || sessions.stateProperty().get() != ConnectionState.CONNECTED) {
                return "Not connected to a host.";
            }
            if (s.readOnly()) {
                return "Read-only connection: " + s.readOnlyReason();
            }
            if (devices.guestProperty().get() == null) {
                return "Select a guest first.";
            }
            if (devices.switchableCount().get() == 0) {
                return "This guest has no emulated device pvdm can switch.";
            }
            if (devices.checkedCount().get() == 0) {
                return "Tick the devices to switch, or use \"Select all convertible\".";
            }
            return "";
        }, sessions.sessionProperty(), sessions.stateProperty(), devices.guestProperty(), devices.switchableCount(),
                devices.checkedCount());
    }

    /** "" when switching is possible, else why not. */
    public StringBinding reason() {
        return reason;
    }
}
