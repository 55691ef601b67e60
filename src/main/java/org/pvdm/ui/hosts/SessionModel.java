package org.pvdm.ui.hosts;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pvdm.host.CredentialPrompt;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;

/**
 * One host's connection: which entry was asked for, the open session once it is there, and the state its
 * tree node and the status bar show. Each open host has its own; the window's "current" one
 * {@linkplain #follow follows} the host selected in the tree, so every feature sees the host the admin looks at.
 */
public final class SessionModel {
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final HostOpener opener;
    private final CredentialPrompt prompt;

    private final ReadOnlyObjectWrapper<ConnectionEntry> requested = new ReadOnlyObjectWrapper<>(this, "requested");
    private final ReadOnlyObjectWrapper<HostSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ConnectionState.DISCONNECTED);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private long attempt;
    private SessionModel source;

    public SessionModel(TaskRunner runner, DialogService dialogs, HostOpener opener, CredentialPrompt prompt) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.opener = opener;
        this.prompt = prompt;
    }

    /**
     * Opens the entry's connection; the open one stays until the new one works, so a failed attempt never
     * throws away a working host (it stays shown, and the failure is said in a dialog).
     */
    public void connect(ConnectionEntry entry) {
        if (source != null) {
            source.connect(entry);
            return;
        }
        long mine = ++attempt;
        ConnectionEntry previous = requested.get();
        HostSession kept = session.get();
        requested.set(entry);
        state.set(ConnectionState.CONNECTING);
        detail.set("connecting to " + entry.label() + "…");
        runner.run("connect to " + entry.label(), () -> opener.open(entry, prompt), opened -> {
            if (mine != attempt) {
                runner.run("close a superseded connection", () -> { opened.close(); return null; }, x -> { }, x -> { });
                return;
            }
            closeCurrent();
            session.set(opened);
            state.set(ConnectionState.CONNECTED);
            detail.set(opened.readOnly() ? "read-only: " + opened.readOnlyReason() : "");
        }, failure -> {
            if (mine != attempt) {
                return;
            }
            Problem p = Problem.of("Connect to " + entry.label(), failure);
            if (kept != null && session.get() == kept) {
                requested.set(previous);
                state.set(ConnectionState.CONNECTED);
                detail.set("could not connect to " + entry.label() + ": " + p.whatFailed() + " (still connected to "
                        + kept.label() + ")");
            } else {
                closeCurrent();
                state.set(ConnectionState.FAILED);
                detail.set(p.whatFailed());
            }
            dialogs.showError(p);
        });
    }

    /** Marks the connection as broken after a call failed with UNREACHABLE (the host went away). */
    public void lost(String why) {
        if (source != null) {
            source.lost(why);
        } else if (session.get() != null) {
            state.set(ConnectionState.FAILED);
            detail.set("connection lost: " + why + " (reconnect from the connections list)");
        }
    }

    private void closeCurrent() {
        HostSession old = session.get();
        session.set(null);
        if (old != null) {
            runner.run("close " + old.label(), () -> { old.close(); return null; }, x -> { }, x -> { });
        }
    }

    /**
     * Shows another host's connection as this one (null: none); this one opens nothing itself while it follows,
     * and connect/lost go to the host it follows.
     */
    public void follow(SessionModel other) {
        requested.unbind();
        session.unbind();
        state.unbind();
        detail.unbind();
        source = other;
        if (other == null) {
            requested.set(null);
            session.set(null);
            state.set(ConnectionState.DISCONNECTED);
            detail.set("");
            return;
        }
        requested.bind(other.requestedProperty());
        session.bind(other.sessionProperty());
        state.bind(other.stateProperty());
        detail.bind(other.detailProperty());
    }

    /** Closes this host's connection at the admin's request (off the FX thread); an attempt under way is dropped. */
    public void disconnect() {
        attempt++;
        closeCurrent();
        state.set(ConnectionState.DISCONNECTED);
        detail.set("");
    }

    /** Closes the connection; called when the window closes. */
    public void shutdown() {
        if (source != null) {
            follow(null); // the host it follows closes its own connection
            return;
        }
        attempt++;
        HostSession old = session.get();
        session.set(null);
        if (old != null) {
            old.close();
        }
    }

    public ReadOnlyObjectProperty<ConnectionEntry> requestedProperty() {
        return requested.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HostSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public HostSession session() {
        return session.get();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One more line for the status bar: the read-only reason, the failure, "" when all is well. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
