package org.pvdm.ui.tree;

import org.pvdm.host.CredentialPrompt;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.guests.GuestsViewModel;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.HostOpener;
import org.pvdm.ui.hosts.SessionModel;

/**
 * One host in the tree: its own connection and its own guest list (with its own filter and selection), so a
 * slow or dead host never blocks or clears another.
 */
public final class OpenHost {
    private final ConnectionEntry entry;
    private final SessionModel session;
    private final GuestsViewModel guests;
    private final TaskRunner lane;

    /** @param lane this host's own runner ({@link TaskRunner#lane}), ended when the host is closed */
    OpenHost(ConnectionEntry entry, TaskRunner lane, DialogService dialogs, HostOpener opener,
             CredentialPrompt prompt) {
        this.entry = entry;
        this.lane = lane;
        this.session = new SessionModel(lane, dialogs, opener, prompt);
        this.guests = new GuestsViewModel(lane, session, dialogs);
    }

    public ConnectionEntry entry() {
        return entry;
    }

    public SessionModel session() {
        return session;
    }

    public GuestsViewModel guests() {
        return guests;
    }

    public ConnectionState state() {
        return session.stateProperty().get();
    }

    /** True when its guests can be read now. */
    public boolean usable() {
        return session.session() != null;
    }

    void connect() {
        session.connect(entry);
    }

    /** Closes the connection (in the background) and ends the host's own threads once that is done. */
    void close() {
        session.disconnect();
        lane.endLane();
    }

    /** "connected, 12 guests (9 with emulated devices)", "connection failed: REASON", "connecting…". */
    public String stateText() {
        return switch (state()) {
            case CONNECTING -> "connecting…";
            case CONNECTED -> {
                int emulated = (int) guests.all().stream().filter(g -> g.emulated() > 0).count();
                int n = guests.all().size();
                String ro = session.session() != null && session.session().readOnly() ? ", read-only" : "";
                yield "connected" + ro + ": " + n + (n == 1 ? " guest" : " guests")
                        + (emulated > 0 ? ", " + emulated + " with emulated devices" : "");
            }
            case FAILED -> "failed: " + session.detailProperty().get();
            case DISCONNECTED -> "not connected";
        };
    }

    @Override
    public String toString() {
        return entry.label();
    }
}
