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

    /** Writable when allowed, else read-only with the reason (see the class comment). */
    public Opened open(String uri) throws HostException {
        try {
            return new Opened(connect.open(uri, true), WriteAccess.allowed());
        } catch (HostException e) {
            if (!refusesWriting(e)) {
                throw e;
            }
            LOG.info("{} refused write access, opening it read-only: {}", uri, e.getMessage());
            Host host = connect.open(uri, false);
            return new Opened(host, WriteAccess.denied(denied(host.displayName(), e)));
        }
    }

    /** Read-only because the person asked for it; {@code why} says how to get write access. */
    public Opened openReadOnly(String uri, String why) throws HostException {
        return new Opened(connect.open(uri, false), WriteAccess.denied(why));
    }

    /**
     * For a host opened read-only on purpose (a plan needs only read access): whether the admin could write to
     * it, found by opening and closing a writable connection, without writing anything.
     */
    public WriteAccess probe(Host host) {
        if (!host.readOnly()) {
            return WriteAccess.allowed();
        }
        try (Host writable = connect.open(host.uri(), true)) {
            return WriteAccess.allowed();
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
