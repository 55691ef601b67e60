package org.pvdm.ui.guests;

import java.util.function.Consumer;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.ui.hosts.SessionModel;

/**
 * Start, shut down (ACPI), reboot and force off a guest, off the FX thread. Force off asks first; every
 * failure is said in a dialog; the guest is read again afterwards (the lifecycle feed also reports it).
 */
public final class PowerActions {
    /** One power action and what it needs. */
    public enum Action {
        START("Start", "start"), SHUTDOWN("Shut down", "shut down"), REBOOT("Reboot", "reboot"),
        FORCE_OFF("Force off…", "force off");

        public final String menuText;
        final String verb;

        Action(String menuText, String verb) {
            this.menuText = menuText;
            this.verb = verb;
        }

        /** Whether it makes sense in the guest's state: start a stopped guest, the rest a running one. */
        public boolean applies(GuestItem g) {
            return g != null && (this == START) != g.summary().state().active();
        }
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final java.util.function.Function<GuestItem, HostSession> sessionOf;
    private final Consumer<GuestItem> refresh;

    /** Acts on the guests of one connection. */
    public PowerActions(TaskRunner runner, DialogService dialogs, SessionModel sessions, Consumer<String> refresh) {
        this(runner, dialogs, g -> sessions.session(), g -> refresh.accept(g.uuid()));
    }

    /**
     * Acts on a guest of any open host.
     *
     * @param sessionOf the open connection of the guest's own host (null when it is closed)
     * @param refresh   reads the guest again on its host
     */
    public PowerActions(TaskRunner runner, DialogService dialogs,
                        java.util.function.Function<GuestItem, HostSession> sessionOf, Consumer<GuestItem> refresh) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.sessionOf = sessionOf;
        this.refresh = refresh;
    }

    public void run(Action action, GuestItem g) {
        HostSession s = g == null ? null : sessionOf.apply(g);
        if (s == null || g == null) {
            return;
        }
        if (s.readOnly()) {
            dialogs.showError(new Problem(action.menuText.replace("…", "") + " " + g.name(),
                    "the connection to " + s.label() + " is read-only", "connect again without read-only"));
            return;
        }
        if (action == Action.FORCE_OFF && !dialogs.confirm("Force off " + g.name() + "?", "This pulls the plug on "
                + g.name() + ": anything it has not written to disk is lost, as in a power cut. Shut down (ACPI)"
                + " is the gentle way.", "Force off")) {
            return;
        }
        String uuid = g.uuid();
        runner.run(action.verb + " " + g.name(), () -> {
            call(s.host(), action, uuid);
            return g;
        }, refresh, failure -> {
            dialogs.showError(Problem.of(capital(action.verb) + " " + g.name(), failure));
            refresh.accept(g);
        });
    }

    private static void call(Host host, Action action, String uuid) throws HostException {
        switch (action) {
            case START -> host.start(uuid);
            case SHUTDOWN -> host.shutdown(uuid);
            case REBOOT -> host.reboot(uuid);
            case FORCE_OFF -> host.destroy(uuid);
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
