package org.pvdm.cli;

import java.util.Set;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work a host command needs anyway, begun on a spare core while picocli parses the command line:
 * loading libvirt (once per process; the command's own call gets the same answer, also when libvirt is missing)
 * and a first run of the XML parser and the classifier on a small built-in guest, so that their classes are
 * loaded and initialised before the host's guests arrive. Nothing it does is seen: no output, no connection.
 */
final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
    private static final Set<String> HOST_COMMANDS = Set.of("list", "inspect", "plan", "convert", "apply", "rollback",
            "stats", "record", "try");
    static final String GUEST = "<domain type='kvm'><name>warmup</name><os><type arch='x86_64'>hvm</type></os>"
            + "<devices><disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/dev/null'/>"
            + "<target dev='hda' bus='ide'/></disk><interface type='network'><source network='default'/>"
            + "<model type='e1000'/></interface></devices></domain>";

    private Warmup() {}

    /** Starts the warm-up when {@code command} (the command word, or null) talks to a host. */
    static void start(String command) {
        // -Dpvdm.warmup=false: for measuring what it saves (docs/benchmarks.md)
        if (command == null || !HOST_COMMANDS.contains(command) || "false".equals(System.getProperty("pvdm.warmup"))) {
            return;
        }
        Thread t = new Thread(Warmup::run, "pvdm-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            LibvirtHosts.unavailableReason();
            Classifier.classify(Domain.parse(GUEST));
        } catch (XmlException | RuntimeException | LinkageError e) {
            LOG.debug("start-up warm-up failed (harmless: the command does the same work itself)", e);
        }
    }
}
