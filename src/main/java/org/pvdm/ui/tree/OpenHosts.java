package org.pvdm.ui.tree;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pvdm.host.CredentialPrompt;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.HostOpener;

/**
 * The hosts open at once, each connected on its own, and the one the window shows (the focused host). A new
 * connection is shown once it works; until then the host shown stays, so a failed attempt disturbs nothing.
 * Each host's work runs on its own {@linkplain TaskRunner#lane lane}: a dead or slow host never delays another.
 */
public final class OpenHosts {
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final HostOpener opener;
    private final CredentialPrompt prompt;
    private final ObservableList<OpenHost> open = FXCollections.observableArrayList();
    private final ObjectProperty<OpenHost> focused = new SimpleObjectProperty<>(this, "focused");
    /** Every guest of every usable host, for the statistics pickers. */
    private final ObservableList<GuestItem> allGuests = FXCollections.observableArrayList();
    private ConnectionEntry wanted;

    public OpenHosts(TaskRunner runner, DialogService dialogs, HostOpener opener, CredentialPrompt prompt) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.opener = opener;
        this.prompt = prompt;
    }

    public ObservableList<OpenHost> open() {
        return open;
    }

    /** The host the Guests tab, the status bar and the switch show. */
    public ObjectProperty<OpenHost> focusedProperty() {
        return focused;
    }

    public OpenHost find(ConnectionEntry e) {
        return open.stream().filter(h -> h.entry().equals(e)).findFirst().orElse(null);
    }

    /**
     * Opens a host (or retries one that failed); an open one is just shown. It is shown at once when nothing
     * usable is shown, otherwise once it has connected and is still the last one asked for.
     */
    public OpenHost connect(ConnectionEntry e) {
        OpenHost h = find(e);
        if (h == null) {
            h = new OpenHost(e, runner.lane(e.label()), dialogs, opener, prompt);
            OpenHost added = h;
            h.session().sessionProperty().addListener((o, was, now) -> {
                OpenHost shown = focused.get();
                boolean nothingShown = shown == null || !shown.usable() && shown.state() != ConnectionState.CONNECTING;
                if (now != null && (e.equals(wanted) || nothingShown)) {
                    focused.set(added);
                }
                syncGuests();
            });
            h.guests().all().addListener((javafx.collections.ListChangeListener<GuestItem>) c -> {
                while (c.next()) {
                    if (c.wasAdded() || c.wasRemoved()) {
                        syncGuests();
                        return;
                    }
                }
            });
            open.add(h);
        }
        wanted = e;
        OpenHost shown = focused.get();
        if (shown == null || h.usable() || !shown.usable() && shown.state() != ConnectionState.CONNECTING) {
            focused.set(h);
        }
        if (!h.usable() && h.state() != ConnectionState.CONNECTING) {
            h.connect();
        }
        return h;
    }

    /** The host to show once it works, of those being opened (the first of those reopened at start). */
    public void prefer(ConnectionEntry e) {
        wanted = e;
        OpenHost h = find(e);
        if (h != null && h.usable()) {
            focused.set(h);
        }
    }

    /** Closes one host; the window then shows another open one. */
    public void disconnect(OpenHost h) {
        if (h == null || !open.contains(h)) {
            return;
        }
        open.remove(h);
        h.close();
        if (focused.get() == h) {
            focused.set(open.stream().filter(OpenHost::usable).findFirst().orElse(open.isEmpty() ? null : open.get(0)));
        }
        syncGuests();
    }

    /** The host a guest belongs to, or null when its host is no longer open. */
    public OpenHost hostOf(GuestItem g) {
        for (OpenHost h : open) {
            if (h.guests().all().contains(g)) {
                return h;
            }
        }
        return null;
    }

    public ObservableList<GuestItem> allGuests() {
        return allGuests;
    }

    private void syncGuests() {
        List<GuestItem> now = new ArrayList<>();
        for (OpenHost h : open) {
            now.addAll(h.guests().all());
        }
        if (!now.equals(allGuests)) {
            allGuests.setAll(now);
        }
    }

    /** What was open, for the next start: the hosts connected now. */
    public List<ConnectionEntry> connectedEntries() {
        return open.stream().filter(OpenHost::usable).map(OpenHost::entry).toList();
    }

    /**
     * Closes every connection, each on its host's own thread after its guest events are unsubscribed (closed
     * here on the FX thread, a connection could close under its unsubscribe); called when the window closes.
     */
    public void shutdown() {
        for (OpenHost h : open) {
            h.close();
        }
    }
}
