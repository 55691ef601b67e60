package org.pvdm.ui.hosts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pvdm.ui.common.Settings;

/**
 * The saved connections: the demo host first, then the recent URIs (newest first), remembered in the
 * settings with the last connection and those open at exit.
 */
public final class ConnectionsViewModel {
    private final java.util.function.Consumer<ConnectionEntry> opener;
    private final Settings settings;
    private final ObservableList<ConnectionEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionEntry> selected = new SimpleObjectProperty<>(this, "selected");

    /** @param opener opens a host (its own connection, beside those already open) */
    public ConnectionsViewModel(java.util.function.Consumer<ConnectionEntry> opener, Settings settings) {
        this.opener = opener;
        this.settings = settings;
        entries.add(ConnectionEntry.demo());
        for (String s : settings.recent()) {
            ConnectionEntry e = ConnectionEntry.parseStored(s);
            if (!entries.contains(e)) {
                entries.add(e);
            }
        }
    }

    public ObservableList<ConnectionEntry> entries() {
        return entries;
    }

    public ObjectProperty<ConnectionEntry> selectedProperty() {
        return selected;
    }

    /** The connection to open at start: the one given on the command line, else the last one, else the demo host. */
    public ConnectionEntry initial(String commandLineUri) {
        if (commandLineUri != null && !commandLineUri.isBlank()) {
            return ConnectionEntry.of(commandLineUri);
        }
        String last = settings.lastConnection();
        if (last != null && !last.isBlank()) {
            return ConnectionEntry.parseStored(last);
        }
        String env = System.getenv("LIBVIRT_DEFAULT_URI");
        return ConnectionEntry.of(env);
    }

    /**
     * The connections to open at start: the one given on the command line alone; else those open when pvdm
     * last closed (as virt-manager reconnects its hosts); else the last one, else the demo host.
     */
    public List<ConnectionEntry> initialAll(String commandLineUri) {
        if (commandLineUri == null || commandLineUri.isBlank()) {
            List<ConnectionEntry> reopen = settings.openAtExit().stream().map(ConnectionEntry::parseStored).toList();
            if (!reopen.isEmpty()) {
                return reopen;
            }
        }
        return List.of(initial(commandLineUri));
    }

    /** Remembers which connections are open, for the next start. */
    public void rememberOpen(List<ConnectionEntry> open) {
        settings.putOpenAtExit(open.stream().map(ConnectionEntry::stored).toList());
        settings.save();
    }

    /** Connects to an entry, adding it to the list and the remembered ones. */
    public void connect(ConnectionEntry entry) {
        if (!entries.contains(entry)) {
            entries.add(1, entry);
        }
        remember(entry);
        selected.set(entry); // after the re-sort: the highlighted row is the host being opened
        opener.accept(entry);
    }

    public void connectSelected() {
        ConnectionEntry e = selected.get();
        if (e != null) {
            connect(e);
        }
    }

    /** Forgets an entry (the demo host stays). */
    public void remove(ConnectionEntry entry) {
        if (entry == null || entry.isDemo()) {
            return;
        }
        entries.remove(entry);
        saveRecent();
    }

    private void remember(ConnectionEntry entry) {
        settings.putLastConnection(entry.stored());
        if (!entry.isDemo() && entries.indexOf(entry) != 1) {
            entries.remove(entry);
            entries.add(1, entry);
        }
        saveRecent();
    }

    private void saveRecent() {
        List<String> recent = new ArrayList<>();
        for (ConnectionEntry e : entries) {
            if (!e.isDemo()) {
                recent.add(e.stored());
            }
        }
        settings.putRecent(recent);
        settings.save();
    }
}
