package org.pvdm.switching;

import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the CLI and the GUI open a host to change guests: writable where the host allows it; where it
 * refuses writing (permission, a read-only daemon), read-only with the reason, so a plan can still be made and
 * say up front why it cannot be applied. Any other failure (unreachable, timeout, bad URI) is thrown as it is.
 * The reason reads the same in the CLI, in {@code --json} and in the GUI's status bar. Blocks.
 */
public final class HostAccess {
    private static final Logger LOG = LoggerFactory.getLogger(HostAccess.class);

    /** Opens one connection; the GUI's carries its credential prompt, tests pass a fake. */
    @FunctionalInterface
    public interface Connect {
        Host open(String uri, boolean writable) throws HostException;
    }

    /** An open host and whether guests may be changed through it. */
    public record Opened(Host host, WriteAccess access) {}

    private final Connect connect;

    public HostAccess(Connect connect) {
        this.connect = connect;
    }

    /**
     * Writable when allowed, else read-only with the reason (see the class comment). A writable open that the
     * daemon serves read-only (its read-only socket) is kept for reading, with the probe's reason.
     */
    public Opened open(String uri) throws HostException {
        Host host;
        try {
            host = connect.open(uri, true);
        } catch (HostException e) {
            if (!refusesWriting(e)) {
                throw e;
            }
            LOG.info("{} refused write access, opening it read-only: {}", uri, e.getMessage());
            Host readOnly = connect.open(uri, false);
            return new Opened(readOnly, WriteAccess.denied(denied(readOnly.displayName(), e)));
        }
        try {
            WriteAccess access = WriteProbe.check(host);
            if (!access.ok()) {
                LOG.info("{} opened writable but refuses writing: {}", uri, access.problem());
            }
            return new Opened(host, access);
        } catch (HostException | RuntimeException e) {
            host.close();
            throw e;
        }
    }

    /**
     * Opens the host again for a change that must be written (a boot watch's rollback after a lost connection):
     * writable and probed as {@link #open} does; a host that now refuses writing is an error with the reason,
     * never a read-only connection that would fail only at the define.
     */
    public Host reopenWritable(String uri) throws HostException {
        Opened o = open(uri);
        if (!o.access().ok()) {
            o.host().close();
            throw new HostException(HostException.Kind.READ_ONLY, o.access().problem());
        }
        return o.host();
    }

    /** Read-only because the person asked for it; {@code why} says how to get write access. */
    public Opened openReadOnly(String uri, String why) throws HostException {
        return new Opened(connect.open(uri, false), WriteAccess.denied(why));
    }

    /**
     * Whether the admin could write to the host, without writing anything ({@link WriteProbe}): for a host
     * opened read-only on purpose (a plan needs only read access), through a writable connection opened and
     * closed for the question.
     */
    public WriteAccess probe(Host host) {
        if (!host.readOnly()) {
            return askOrDeny(host);
        }
        try (Host writable = connect.open(host.uri(), true)) {
            return askOrDeny(writable);
        } catch (HostException e) {
            return WriteAccess.denied(denied(host.displayName(), e));
        }
    }

    private static WriteAccess askOrDeny(Host host) {
        try {
            return WriteProbe.check(host);
        } catch (HostException e) {
            return WriteAccess.denied(denied(host.displayName(), e));
        }
    }

    /** True for the failures that mean "you may read but not write", as opposed to "no host here". */
    public static boolean refusesWriting(HostException e) {
        return e.kind() == HostException.Kind.PERMISSION_DENIED || e.kind() == HostException.Kind.READ_ONLY;
    }

    /** The one line said wherever writing is refused. */
    static String denied(String host, HostException e) {
        return "cannot write to " + host + ": " + e.getMessage();
    }
}
