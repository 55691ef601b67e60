package org.pvdm.host;

import java.util.List;
import java.util.function.Consumer;

/**
 * One open connection to a libvirt host. The only door from pvdm to libvirt: the CLI, the engines and the
 * GUI talk to this interface; {@code org.pvdm.host.libvirt} implements it with libvirt-java.
 *
 * <p>Guests are addressed by UUID once found. Every method may block on the network: never call one on the
 * JavaFX application thread. Every failure is a {@link HostException} with a one-line message.
 */
public interface Host extends AutoCloseable {

    /** The URI this connection was opened with (canonical form as libvirt reports it when known). */
    String uri();

    /** What a person calls this host: "demo host" for the built-in demo, else the URI. */
    String displayName();

    /** True when the connection was opened read-only (write calls then fail with READ_ONLY). */
    boolean readOnly();

    /** True for libvirt's test driver (test:///...): its I/O counters are synthetic, the same for every device. */
    boolean syntheticCounters();

    HostInfo info() throws HostException;

    /** All guests, running and shut off, sorted by name. Falls back to the pre-0.9.13 calls on old hosts. */
    List<GuestSummary> guests() throws HostException;

    /** A guest by name or UUID; NOT_FOUND when there is none. */
    GuestSummary guest(String nameOrUuid) throws HostException;

    /** The persistent (inactive) definition, as {@code virsh dumpxml --inactive} gives it. */
    String inactiveXml(String uuid) throws HostException;

    /** The live definition (same as inactive for a guest that is shut off). */
    String liveXml(String uuid) throws HostException;

    /**
     * The definitions of many guests (persistent, or live for a transient guest), in the given order; one
     * guest's failure is in its entry. Implementations may read them in parallel over the one connection.
     *
     * @throws HostException only when the host itself cannot be reached
     */
    default List<GuestDefinition> definitions(List<GuestSummary> guests) throws HostException {
        List<GuestDefinition> out = new java.util.ArrayList<>(guests.size());
        for (GuestSummary g : guests) {
            try {
                out.add(GuestDefinition.of(g, g.persistent() ? inactiveXml(g.uuid()) : liveXml(g.uuid())));
            } catch (HostException e) {
                if (e.kind() == HostException.Kind.UNREACHABLE) {
                    throw e;
                }
                out.add(GuestDefinition.failed(g, e));
            }
        }
        return out;
    }

    /**
     * Every guest ({@link #guests()}, in its order) with its definition as {@link #definitions} reads it. A
     * host may read both in one pass.
     */
    default List<GuestDefinition> allDefinitions() throws HostException {
        return allDefinitions(d -> { });
    }

    /**
     * {@link #allDefinitions()}, each definition also handed to {@code each} as soon as it is read, possibly on
     * several threads at once: the caller's work on one (classifying it) runs while the others are read.
     */
    default List<GuestDefinition> allDefinitions(java.util.function.Consumer<GuestDefinition> each)
            throws HostException {
        List<GuestDefinition> all = definitions(guests());
        all.parallelStream().forEach(each);
        return all;
    }

    /**
     * The size of a guest's disk (by target, e.g. "vda"): libvirt's block info, else its storage volume's.
     * UNSUPPORTED where the host cannot say; never estimated.
     */
    default DiskSize diskSize(String uuid, String target) throws HostException {
        throw new HostException(HostException.Kind.UNSUPPORTED, displayName() + " reports no disk sizes");
    }

    /** Defines (creates or replaces) a persistent guest; returns its UUID. */
    String define(String xml) throws HostException;

    void start(String uuid) throws HostException;

    /** Asks the guest to shut down (ACPI); returns at once. */
    void shutdown(String uuid) throws HostException;

    /**
     * Asks the guest to reboot (ACPI, as a reboot from inside it); returns at once. A host that cannot says so
     * with a {@link HostException} (the default: only libvirt's hosts can).
     */
    default void reboot(String uuid) throws HostException {
        throw new HostException(HostException.Kind.UNSUPPORTED, "rebooting a guest is not supported on " + displayName());
    }

    /** Pulls the plug. Only ever called when the admin asked for it (--force). */
    void destroy(String uuid) throws HostException;

    /** Removes a persistent definition (not its storage). */
    void undefine(String uuid) throws HostException;

    /**
     * Sends one QEMU guest agent command (JSON, e.g. {@code {"execute":"guest-get-osinfo"}}) to a running
     * guest and returns the agent's JSON reply. UNSUPPORTED where the host has no agent channel (test driver,
     * Xen); any failure (no channel, agent silent) is a HostException.
     */
    default String agentCommand(String uuid, String json, int timeoutSeconds) throws HostException {
        throw new HostException(HostException.Kind.UNSUPPORTED, displayName() + " cannot talk to guest agents");
    }

    /** Creates and starts a transient guest (gone once it stops); returns its UUID. */
    default String createTransient(String xml) throws HostException {
        throw new HostException(HostException.Kind.UNSUPPORTED, displayName() + " cannot create transient guests");
    }

    /**
     * Calls {@code listener} on libvirt's event thread each time the guest resets (reboot inside the same QEMU
     * process); closing the handle stops the calls. UNSUPPORTED where the host has no such events.
     */
    default AutoCloseable onReboot(String uuid, Runnable listener) throws HostException {
        throw new HostException(HostException.Kind.UNSUPPORTED, displayName() + " reports no guest resets");
    }

    /** Raw cumulative I/O counters; see {@link StatsSource}. */
    StatsSource stats();

    /**
     * Subscribes to guest lifecycle events (defined, undefined, started, stopped...). The listener runs on
     * libvirt's event thread: hand work to your own executor. Returns a handle that unsubscribes.
     */
    AutoCloseable onLifecycle(Consumer<LifecycleEvent> listener) throws HostException;

    @Override
    void close();
}
