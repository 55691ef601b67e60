package org.pvdm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostUris;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.inventory.GuestRow;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.classify.GuestReport;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;
import org.slf4j.LoggerFactory;

/**
 * Start-up work a host command needs anyway, begun on a spare core while the main thread parses the command line
 * and opens the host: for {@code pvdm list}, opening its host read-only (see {@link LibvirtHosts#startOpening}:
 * local hosts only, no credentials, taken by the command's own open); loading libvirt (once per process; the
 * command's own call gets the same answer, also when libvirt is missing); then the XML parser and the classifier
 * run on a few built-in guests until the host is open (at most {@link #ROUNDS} guests). The JIT has then compiled
 * them before the host's guests arrive: on a 1,000-guest test-driver host, libvirt opening the host takes about
 * 0.3 s on one core while the other idles, and classifying the first guests with cold code cost three times the
 * warm cost. Nothing it does is seen: no output, and no connection but the one the command takes.
 */
public final class Warmup {
    private static final Set<String> HOST_COMMANDS = Set.of("list", "inspect", "plan", "convert", "apply", "rollback",
            "stats", "record", "try");
    /**
     * Enough for the JIT's first tier to compile what runs once per guest (it compiles after about 200 calls) and
     * the loops inside it: a big host's open leaves the time, and 300 rounds left the listing of 1,000 guests 10 ms
     * slower and their JSON 5 ms slower than 2,000 (the rounds stop anyway once the host is open).
     */
    static final int ROUNDS = 2000;
    /** Rows of JSON written every 50 rounds: 16 rows of 7 keys make the escaping loop hot enough to compile. */
    private static final int JSON_ROWS = 16;
    static final String GUEST = guest("warmup", "kvm", "hda", "ide", "e1000", "");
    /** The usual device mixes: emulated, paravirtual, SATA with a CD-ROM, SCSI on an LSI HBA; Linux and Windows. */
    static final List<String> GUESTS = List.of(GUEST,
            guest("warmup-pv", "kvm", "vda", "virtio", "virtio", os("http://debian.org/debian/12")),
            guest("warmup-sata", "qemu", "sda", "sata", "rtl8139", os("http://microsoft.com/win/2k19"))
                    .replace("<devices>", "<devices><disk type='file' device='cdrom'><source file='/dev/null'/>"
                            + "<target dev='sdb' bus='sata'/><readonly/></disk>"),
            guest("warmup-scsi", "kvm", "sda", "scsi", "virtio", os("http://centos.org/centos/7.0"))
                    .replace("<devices>", "<devices><controller type='scsi' index='0' model='lsilogic'/>"));
    private static volatile boolean hostOpen;

    private Warmup() {}

    private static String guest(String name, String type, String dev, String bus, String nic, String metadata) {
        return "<domain type='" + type + "'><name>" + name + "</name>" + metadata
                + "<os><type arch='x86_64'>hvm</type></os>"
                + "<devices><disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/dev/null'/>"
                + "<target dev='" + dev + "' bus='" + bus + "'/></disk><interface type='network'>"
                + "<mac address='52:54:00:00:00:01'/><source network='default'/><model type='" + nic + "'/>"
                + "</interface></devices></domain>";
    }

    private static String os(String id) {
        return "<metadata><libosinfo:libosinfo xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/1.0'>"
                + "<libosinfo:os id='" + id + "'/></libosinfo:libosinfo></metadata>";
    }

    /**
     * Starts the warm-up when the command line's command talks to a host. Called first thing by Main, before
     * logging is set up (this class and the libvirt load it starts need no logger until they log).
     */
    public static void start(String[] args) {
        String command = CommandWord.of(args);
        start(command, "list".equals(command) ? CommandWord.connectValue(args) : null);
    }

    /**
     * Starts the warm-up when {@code command} (the command word, or null) talks to a host.
     *
     * @param connect the one --connect value of a command that opens its host read-only ("" for none: the default
     *                host): that host is opened early; null opens nothing early
     */
    static void start(String command, String connect) {
        // -Dpvdm.warmup=false: for measuring what it saves (docs/benchmarks.md)
        if (command == null || !HOST_COMMANDS.contains(command) || "false".equals(System.getProperty("pvdm.warmup"))) {
            return;
        }
        Thread t = new Thread(() -> run(connect), "pvdm-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The host is open: the command's own work needs the core now. */
    static void hostOpened() {
        hostOpen = true;
    }

    private static void run(String connect) {
        try {
            // -Dpvdm.earlyopen=false: for measuring what the early open saves (docs/benchmarks.md)
            if (connect != null && !"false".equals(System.getProperty("pvdm.earlyopen"))) {
                LibvirtHosts.startOpening(HostUris.resolve(connect));
            }
            LibvirtHosts.unavailableReason();
            List<GuestRow> rows = new ArrayList<>();
            for (int i = 0; i < ROUNDS && !hostOpen; i++) {
                GuestReport report = Classifier.classify(Domain.parse(GUESTS.get(i % GUESTS.size())));
                if (rows.size() < JSON_ROWS) {
                    rows.add(new GuestRow(new GuestSummary("warmup-" + i, "7a5e0000-0000-4000-8000-000000000000",
                            GuestState.SHUTOFF, -1, true), report, ""));
                } else if (i % 50 == 0) {
                    // the JSON of a big host escapes thousands of strings: compiled before the host's rows come
                    JsonOut.write(ListCommand.toJson(rows));
                }
            }
        } catch (XmlException | RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(Warmup.class).debug("start-up warm-up failed (harmless: the command does the same work itself)", e);
        }
    }
}
