package org.pvdm.ui.app;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.pvdm.host.DemoHost;
import org.pvdm.ui.devices.DevicesViewModel;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.guests.GuestsViewModel;
import org.pvdm.ui.guests.PowerActions;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.ConnectionsViewModel;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.ui.hosts.SessionModel;
import org.pvdm.switching.ApplyResult;
import org.pvdm.ui.lab.DemoLabViewModel;
import org.pvdm.ui.stats.StatsMode;
import org.pvdm.ui.stats.StatsViewModel;
import org.pvdm.ui.switching.SwitchAvailability;
import org.pvdm.ui.switching.SwitchDialogs;
import org.pvdm.ui.switching.SwitchListener;
import org.pvdm.ui.tree.OpenHost;
import org.pvdm.ui.tree.OpenHosts;

/**
 * Puts the feature view models and services together: the open hosts, the one shown (its session, guests
 * and devices), statistics across hosts, power, switch dialogs, the demo lab; derives title and status text.
 */
public final class MainViewModel {
    public static final String APP_NAME = "PV Driver Manager";

    private final AppContext ctx;
    private final OpenHosts hosts;
    /** The shown host's connection: follows the host selected in the tree. */
    private final SessionModel session;
    private final ConnectionsViewModel connections;
    private final GuestsViewModel idleGuests;
    private final ReadOnlyObjectWrapper<GuestsViewModel> guests = new ReadOnlyObjectWrapper<>(this, "guests");
    private final DevicesViewModel devices;
    private final SwitchAvailability switchAvailability;
    private final StatsViewModel stats;
    private final PowerActions power;
    private final SwitchDialogs switchDialogs;
    private DemoLabViewModel demoLab;
    private Runnable showStats = () -> { };
    private final StringBinding title;
    private final StringBinding status;
    private final StringBinding statusDetail;
    private final BooleanBinding backupsAvailable;

    public MainViewModel(AppContext ctx) {
        this.ctx = ctx;
        hosts = new OpenHosts(ctx.runner(), ctx.dialogs(), ctx.opener(), ctx.prompt());
        session = new SessionModel(ctx.runner(), ctx.dialogs(), ctx.opener(), ctx.prompt());
        // shown while no host is: on a session of its own that never connects (on the followed one it listed the
        // shown host a second time and held a second event subscription)
        idleGuests = new GuestsViewModel(ctx.runner(), new SessionModel(ctx.runner(), ctx.dialogs(), ctx.opener(),
                ctx.prompt()), ctx.dialogs());
        connections = new ConnectionsViewModel(hosts::connect, ctx.settings());
        devices = new DevicesViewModel();
        devices.setDetailsSource(DevicesViewModel.fromHost(ctx.runner(), session));
        guests.set(idleGuests);
        hosts.focusedProperty().addListener((o, was, now) -> show(now));
        switchAvailability = new SwitchAvailability(session, devices);
        stats = new StatsViewModel(ctx.runner(), ctx.dialogs(), ctx.settings(), hosts.allGuests(), this::sessionOf,
                ctx.backups());
        power = new PowerActions(ctx.runner(), ctx.dialogs(), this::sessionOf, g -> {
            OpenHost h = hosts.hostOf(g);
            if (h != null) {
                h.guests().refreshOne(g.uuid());
            }
        });
        switchDialogs = new SwitchDialogs(ctx.runner(), ctx.dialogs(), ctx.backups(), switchListener());
        title = Bindings.createStringBinding(this::titleText, session.requestedProperty(), hosts.open());
        status = Bindings.createStringBinding(this::statusText, session.stateProperty(), session.requestedProperty(),
                session.sessionProperty());
        backupsAvailable = Bindings.createBooleanBinding(() -> guests().selectedProperty().get() != null
                && session.session() != null, guests, devices.guestProperty(), session.sessionProperty());
        statusDetail = Bindings.createStringBinding(this::detailText, session.detailProperty(),
                session.sessionProperty());
    }

    /** Shows one host: the Guests tab, the devices, the status bar and the switch follow it. */
    private void show(OpenHost h) {
        session.follow(h == null ? null : h.session());
        guests.set(h == null ? idleGuests : h.guests());
        devices.guestProperty().unbind();
        devices.guestProperty().bind(guests().selectedProperty());
    }

    /** Opens the first connections: the one given on the command line, else those open at exit, else the last. */
    public void start(String commandLineUri) {
        List<ConnectionEntry> first = connections.initialAll(commandLineUri);
        first.forEach(connections::connect);
        hosts.prefer(first.get(0));
        connections.selectedProperty().set(first.get(0)); // the highlighted node is the host shown
        ctx.runner().run("read the journal of interrupted switches", () -> org.pvdm.switching.Journal.beside(ctx.backups())
                .pending().stream().map(org.pvdm.switching.Recovery::notice).toList(), lines -> {
                    if (!lines.isEmpty()) {
                        ctx.dialogs().showInfo("Interrupted switches", String.join("\n\n", lines));
                    }
                }, e -> { });
    }

    private String titleText() {
        ConnectionEntry e = session.requestedProperty().get();
        int others = hosts.open().size() - 1;
        return e == null ? APP_NAME : APP_NAME + " — " + e.label()
                + (others > 0 ? " (+" + others + (others == 1 ? " other host)" : " other hosts)") : "");
    }

    private String statusText() {
        ConnectionEntry e = session.requestedProperty().get();
        ConnectionState s = session.stateProperty().get();
        if (e == null) {
            return "Not connected";
        }
        HostSession open = session.session();
        return switch (s) {
            case CONNECTING -> "Connecting to " + e.label() + "…";
            case CONNECTED -> "Connected to " + e.label() + (open != null && open.readOnly() ? " (read-only)" : "");
            case FAILED -> "Not connected to " + e.label();
            case DISCONNECTED -> "Not connected";
        };
    }

    private String detailText() {
        String d = session.detailProperty().get();
        if (!d.isEmpty()) {
            return d;
        }
        HostSession open = session.session();
        return open != null && open.entry().isDemo() ? DemoHost.NOTICE : "";
    }

    /** The connection a guest's statistics are read from: its own host's, whichever host is shown. */
    private HostSession sessionOf(GuestItem g) {
        OpenHost h = g == null ? null : hosts.hostOf(g);
        return h == null ? null : h.session().session();
    }

    /** F5: reads the shown host's guest list again, or retries its connection. */
    public void refresh() {
        OpenHost h = hosts.focusedProperty().get();
        if (h != null && !h.usable()) {
            hosts.connect(h.entry());
        } else {
            guests().reload();
        }
    }

    /** A fresh "Add connection" form. */
    public org.pvdm.ui.hosts.AddConnectionViewModel addConnectionForm() {
        return new org.pvdm.ui.hosts.AddConnectionViewModel();
    }

    /** Closes one host (tree context menu); the others stay as they are. */
    public void disconnect(OpenHost h) {
        hosts.disconnect(h);
    }

    /** Shows a guest of an open host: its host in the Guests tab, the guest selected. */
    public void showGuest(OpenHost h, GuestItem g) {
        if (h != null && hosts.open().contains(h)) {
            hosts.focusedProperty().set(h);
            h.guests().selectedProperty().set(g);
        }
    }

    public void shutdown() {
        connections.rememberOpen(hosts.connectedEntries());
        stats.close();
        session.shutdown();
        hosts.shutdown();
    }

    public AppContext context() {
        return ctx;
    }

    /** The shown host's connection (follows the tree's selection). */
    public SessionModel session() {
        return session;
    }

    public OpenHosts hosts() {
        return hosts;
    }

    public ConnectionsViewModel connections() {
        return connections;
    }

    /** The shown host's guests. */
    public GuestsViewModel guests() {
        return guests.get();
    }

    public ReadOnlyObjectProperty<GuestsViewModel> guestsProperty() {
        return guests.getReadOnlyProperty();
    }

    public DevicesViewModel devices() {
        return devices;
    }

    public StatsViewModel stats() {
        return stats;
    }

    public PowerActions power() {
        return power;
    }

    public SwitchDialogs switchDialogs() {
        return switchDialogs;
    }

    /** "Start demo lab": built on first use (the first frame does not need it). */
    public DemoLabViewModel demoLab() {
        if (demoLab == null) {
            demoLab = new DemoLabViewModel(ctx.runner(), ctx.dialogs(), connections, stats, () -> showStats.run());
        }
        return demoLab;
    }

    /** What "show the statistics" does in the window (the view tells it). */
    void onShowStats(Runnable r) {
        showStats = r;
    }

    /** Statistics of a guest, before and after its switch. */
    public void compare(GuestItem g) {
        if (g != null) {
            stats.modeProperty().set(StatsMode.BEFORE_AFTER);
            stats.guestAProperty().set(g);
            showStats.run();
        }
    }

    /** What the switch dialogs tell: the guest table reads the guest again, the statistics keep its "before". */
    public SwitchListener switchListener() {
        return new SwitchListener() {
            @Override
            public void changed(String uuid) {
                // the host it was switched on, even when another host is shown by now
                hosts.open().stream().filter(h -> h.guests().find(uuid) != null)
                        .forEach(h -> h.guests().refreshOne(uuid));
            }

            @Override
            public void applied(ApplyResult result) {
                stats.switched(result);
            }

            @Override
            public void compare(String uuid) {
                MainViewModel.this.compare(hosts.open().stream().map(h -> h.guests().find(uuid))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null));
            }
        };
    }

    public SwitchAvailability switchAvailability() {
        return switchAvailability;
    }

    /** A guest is selected on an open connection. */
    public BooleanBinding backupsAvailable() {
        return backupsAvailable;
    }

    public StringBinding title() {
        return title;
    }

    public StringBinding status() {
        return status;
    }

    public StringBinding statusDetail() {
        return statusDetail;
    }
}
