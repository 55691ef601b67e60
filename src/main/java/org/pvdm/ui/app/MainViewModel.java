package org.pvdm.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.pvdm.host.DemoHost;
import org.pvdm.ui.devices.DevicesViewModel;
import org.pvdm.ui.guests.GuestsViewModel;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.ConnectionsViewModel;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.ui.hosts.SessionModel;
import org.pvdm.switching.ApplyResult;
import org.pvdm.ui.stats.StatsViewModel;
import org.pvdm.ui.switching.SwitchAvailability;
import org.pvdm.ui.switching.SwitchListener;

/** Puts the feature view models together and derives the title and the status bar text. */
public final class MainViewModel {
    public static final String APP_NAME = "PV Driver Manager";

    private final AppContext ctx;
    private final SessionModel session;
    private final ConnectionsViewModel connections;
    private final GuestsViewModel guests;
    private final DevicesViewModel devices;
    private final SwitchAvailability switchAvailability;
    private final StatsViewModel stats;
    private final StringBinding title;
    private final StringBinding status;
    private final StringBinding statusDetail;
    private final BooleanBinding backupsAvailable;

    public MainViewModel(AppContext ctx) {
        this.ctx = ctx;
        session = new SessionModel(ctx.runner(), ctx.dialogs(), ctx.opener(), ctx.prompt());
        connections = new ConnectionsViewModel(session, ctx.settings());
        guests = new GuestsViewModel(ctx.runner(), session, ctx.dialogs());
        devices = new DevicesViewModel();
        devices.guestProperty().bind(guests.selectedProperty());
        devices.setDetailsSource(DevicesViewModel.fromHost(ctx.runner(), session));
        switchAvailability = new SwitchAvailability(session, devices);
        stats = new StatsViewModel(ctx.runner(), ctx.dialogs(), ctx.settings(), session, guests.all(), ctx.backups());
        title = Bindings.createStringBinding(() -> {
            ConnectionEntry e = session.requestedProperty().get();
            return e == null ? APP_NAME : APP_NAME + " — " + e.label();
        }, session.requestedProperty());
        status = Bindings.createStringBinding(this::statusText, session.stateProperty(), session.requestedProperty(),
                session.sessionProperty());
        backupsAvailable = guests.selectedProperty().isNotNull().and(session.sessionProperty().isNotNull());
        statusDetail = Bindings.createStringBinding(this::detailText, session.detailProperty(),
                session.sessionProperty());
    }

    /** Opens the first connection: the one given on the command line, else the last one, else the demo host. */
    public void start(String commandLineUri) {
        connections.connect(connections.initial(commandLineUri));
        ctx.runner().run("read the journal of interrupted switches", () -> org.pvdm.switching.Journal.beside(ctx.backups())
                .pending().stream().map(org.pvdm.switching.Recovery::notice).toList(), lines -> {
                    if (!lines.isEmpty()) {
                        ctx.dialogs().showInfo("Interrupted switches", String.join("\n\n", lines));
                    }
                }, e -> { });
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

    /** F5: reads the guest list again. */
    public void refresh() {
        if (session.session() == null && session.requestedProperty().get() != null) {
            session.connect(session.requestedProperty().get());
        } else {
            guests.reload();
        }
    }

    public void shutdown() {
        stats.close();
        session.shutdown();
    }

    public AppContext context() {
        return ctx;
    }

    public SessionModel session() {
        return session;
    }

    public ConnectionsViewModel connections() {
        return connections;
    }

    public GuestsViewModel guests() {
        return guests;
    }

    public DevicesViewModel devices() {
        return devices;
    }

    public StatsViewModel stats() {
        return stats;
    }

    /** What the switch dialogs tell: the guest table reads the guest again, the statistics keep its "before". */
    public SwitchListener switchListener() {
        return new SwitchListener() {
            @Override
            public void changed(String uuid) {
                guests.refreshOne(uuid);
            }

            @Override
            public void applied(ApplyResult result) {
                stats.switched(result);
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
