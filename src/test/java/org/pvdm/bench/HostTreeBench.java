package org.pvdm.bench;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.switching.BackupStore;
import org.pvdm.ui.app.AppContext;
import org.pvdm.ui.common.FxTaskRunner;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostOpener;

/**
 * Many hosts in the GUI's host tree (docs/benchmarks.md, "Many hosts"): the window's view-model
 * ({@link org.pvdm.ui.app.MainViewModel}, with the app's own task runner and libvirt opener, no scene) opens H hosts through the
 * connections list the way a click does, each alone (closed before the next), then all at once, and the time
 * until every host's node shows "connected: N guests" with every verdict in is taken from the FX thread.
 * Meanwhile a no-op is posted to the FX thread every 50 ms and the worst delay kept. A benchmark, not a test.
 *
 * <p>Arguments: {@code test|tcp|tcp-dead} [hosts (20)] [guests (100)] [round trip ms (25)].
 * <ul>
 *   <li>{@code test}: H test-driver node files of N guests each ({@link NodeFiles}, a prefix per host);</li>
 *   <li>{@code tcp}: N guests s4gui-tree-NNNNN defined on qemu:///system (never started, undefined afterwards),
 *       reached as H qemu+tcp hosts, each through its own {@link LatencyProxy};</li>
 *   <li>{@code tcp-dead}: the same, plus one host that accepts and never answers (a tarpit on the loopback).</li>
 * </ul>
 */
public final class HostTreeBench {
    static final String PREFIX = "s4gui-tree";

    private HostTreeBench() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "test";
        int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        long rtt = args.length > 3 ? Long.parseLong(args[3]) : 25;
        Path dir = Files.createTempDirectory("pvdm-hosttree");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false);
        up.await();
        List<String> defined = new ArrayList<>();
        List<LatencyProxy> proxies = new ArrayList<>();
        ServerSocket tarpit = null;
        List<Socket> held = new CopyOnWriteArrayList<>();
        int code = 0;
        try {
            List<HostTreeRun.Target> targets = new ArrayList<>();
            if (mode.equals("test")) {
                for (int h = 0; h < hosts; h++) {
                    String prefix = String.format(Locale.ROOT, "%s-h%02d", PREFIX, h);
                    Path node = NodeFiles.write(dir.resolve("host-" + h + ".xml"), n, prefix);
                    targets.add(new HostTreeRun.Target(ConnectionEntry.of("test://" + node), prefix, n));
                }
            } else {
                try (Host system = LibvirtHosts.open("qemu:///system", true)) {
                    SystemGuests.define(system, PREFIX, n, defined);
                }
                for (int h = 0; h < hosts; h++) {
                    LatencyProxy p = SystemGuests.slowLink(rtt);
                    proxies.add(p);
                    targets.add(new HostTreeRun.Target(ConnectionEntry.of(SystemGuests.uri(p)), PREFIX, n));
                }
            }
            HostTreeRun.Target dead = null;
            if (mode.equals("tcp-dead")) {
                tarpit = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
                ServerSocket hole = tarpit;
                Thread t = new Thread(() -> {
                    while (!hole.isClosed()) {
                        try {
                            held.add(hole.accept()); // accepted, never answered
                        } catch (java.io.IOException e) {
                            return;
                        }
                    }
                }, "tarpit");
                t.setDaemon(true);
                t.start();
                dead = new HostTreeRun.Target(
                        ConnectionEntry.of("qemu+tcp://127.0.0.1:" + tarpit.getLocalPort() + "/system"), null, 0);
            }
            System.out.printf(Locale.ROOT, "%s: %d hosts x %d guests%s%s; load %.1f%n", mode, hosts, n,
                    mode.equals("test") ? "" : " (" + rtt + " ms round trip each)",
                    dead == null ? "" : " + 1 dead host", ProcessCpu.loadAverage());
            FxTaskRunner runner = new FxTaskRunner(4); // as the app builds it
            RecordingDialogs dialogs = new RecordingDialogs();
            AppContext ctx = new AppContext(runner, dialogs, new Settings(dir.resolve("settings.properties")),
                    HostOpener.libvirt(), (prompt, secret) -> null, new BackupStore(dir.resolve("backups")));
            code = new HostTreeRun(ctx, dialogs).measure(targets, dead) ? 0 : 1;
            runner.close();
        } finally {
            if (tarpit != null) {
                tarpit.close();
            }
            for (Socket s : held) {
                s.close();
            }
            for (LatencyProxy p : proxies) {
                p.close();
            }
            if (!defined.isEmpty()) {
                SystemGuests.undefine(PREFIX, defined);
            }
            deleteTree(dir);
            Platform.exit();
        }
        System.exit(code);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

}
