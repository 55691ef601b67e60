package org.pvdm.host.libvirt;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.pvdm.host.CredentialPrompt;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.UriPolicy;

/**
 * Opens {@link Host}s on libvirt URIs: qemu:///system, xen:///system, qemu+ssh://root@HOST/system,
 * test:///default... The only public class of this package.
 */
public final class LibvirtHosts {

    /** How long a connect may take before it fails with UNREACHABLE (time spent in a prompt does not count). */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(8);

    private LibvirtHosts() {}

    /**
     * Opens a connection without a way to ask for credentials, waiting at most {@link #DEFAULT_CONNECT_TIMEOUT}.
     *
     * @param writable false opens read-only: listing, XML and stats work, define/start/... fail with READ_ONLY
     */
    public static Host open(String uri, boolean writable) throws HostException {
        return open(uri, writable, null, DEFAULT_CONNECT_TIMEOUT);
    }

    /**
     * @param prompt  asks a person for credentials libvirt needs (SASL, polkit...); null fails such a host with
     *                PERMISSION_DENIED instead of waiting
     * @param timeout the longest wait for the connection; UNREACHABLE after it
     */
    public static Host open(String uri, boolean writable, CredentialPrompt prompt, Duration timeout)
            throws HostException {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        String trimmed = uri.strip();
        // a password in the URI goes to libvirt through the auth callback only: never on ssh's command line,
        // in a message, a log line or the URI pvdm reports
        String clean = UriPolicy.redact(trimmed);
        String password = UriPolicy.password(trimmed).orElse(null);
        PvdmConnect conn = Connector.open(clean, writable, prompt, timeout, password);
        return new LibvirtHost(conn, clean, !writable);
    }

    /**
     * Begins opening a local host read-only without credentials on a spare thread, for a command that will open it
     * so (pvdm list): the next {@link #open(String, boolean)} of the same URI, read-only, takes the connection
     * instead of opening its own. URIs that name a remote host, options or a password are left to that open.
     *
     * @return whether the open was begun
     */
    public static boolean startOpening(String uri) {
        if (uri == null) {
            return false;
        }
        String u = uri.strip();
        if (!UriPolicy.redact(u).equals(u)) {
            return false;
        }
        try {
            Connector.checkNodeFile(u);
        } catch (HostException e) {
            return false;
        }
        return EarlyOpen.start(u) != null;
    }

    /** The version of the libvirt client library in this process ("9.0.0"), "" when it cannot be loaded. */
    public static String clientVersion() {
        if (unavailableReason().isPresent()) {
            return "";
        }
        try {
            return LibvirtHost.version(org.libvirt.Library.getVersion());
        } catch (org.libvirt.LibvirtException | LinkageError e) {
            return "";
        }
    }

    /**
     * Why libvirt cannot be used in this process, e.g. when libvirt.so.0 is not installed; empty when it can.
     * Loads and initialises libvirt on first call.
     */
    public static Optional<String> unavailableReason() {
        Throwable t = LibvirtRuntime.start();
        if (t == null) {
            return Optional.empty();
        }
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String detail = String.valueOf(t.getMessage()).lines().findFirst().orElse("").strip();
        return Optional.of("the libvirt client library (libvirt.so.0) cannot be loaded (install libvirt0 or "
                + "libvirt-client): " + detail);
    }
}
