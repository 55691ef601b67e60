package org.pvdm.host.libvirt;

import java.time.Duration;
import java.util.Locale;

import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;

/** One-line messages for a connection that could not be opened: "cannot connect to URI: REASON (HINT)". */
final class ConnectErrors {

    private static final String CHECK_URI =
            "check the URI, e.g. qemu:///system, xen:///system, qemu+ssh://root@HOST/system or test:///default";

    private ConnectErrors() {}

    static HostException map(String uri, LibvirtException e, boolean credentialsRefused) {
        return map(uri, LibvirtErrors.code(e), LibvirtErrors.reason(e), credentialsRefused, e);
    }

    /** @param libvirt libvirt's message, one line */
    static HostException map(String uri, ErrorNumber code, String libvirt, boolean credentialsRefused,
            Throwable e) {
        String text = libvirt.toLowerCase(Locale.ROOT);
        if (credentialsRefused) {
            return fail(Kind.PERMISSION_DENIED, uri, "the host asks for credentials and nobody can answer here",
                    "use an ssh key or a polkit rule, or connect read-only", e);
        }
        if (code == ErrorNumber.VIR_ERR_AUTH_FAILED || code == ErrorNumber.VIR_ERR_AUTH_CANCELLED
                || code == ErrorNumber.VIR_ERR_AUTH_UNAVAILABLE || code == ErrorNumber.VIR_ERR_ACCESS_DENIED
                || text.contains("permission denied") || code == ErrorNumber.VIR_ERR_OPERATION_DENIED) {
            String hint = isSsh(uri)
                    ? "install an ssh key for that user (ssh-copy-id): pvdm does not type passwords into ssh"
                    : "run as root or as a member of group libvirt, or connect read-only";
            return fail(Kind.PERMISSION_DENIED, uri, strip(libvirt), hint, e);
        }
        if (text.contains("failed to connect socket") && (text.contains("no such file") || text.contains("refused"))) {
            return fail(Kind.UNREACHABLE, uri, "libvirtd is not running", "start it, or use --connect", e);
        }
        if (text.contains("no connection driver available")) {
            return fail(Kind.UNREACHABLE, uri, "no libvirt driver handles this URI", CHECK_URI, e);
        }
        if (text.contains("host key verification failed")) {
            return fail(Kind.UNREACHABLE, uri, "the host's ssh key is not known",
                    "run ssh once to the host to accept its key", e);
        }
        if (isSsh(uri)) {
            return fail(Kind.UNREACHABLE, uri, strip(libvirt),
                    "check the host name, that sshd and libvirtd run there, and that ssh to it works without a password", e);
        }
        if (text.contains("unable to connect to server") || text.contains("too large")) {
            return fail(Kind.UNREACHABLE, uri, strip(libvirt),
                    "check the host and port, that libvirtd listens for TCP/TLS there, or use qemu+ssh://", e);
        }
        if (text.contains("libxenlight") || text.contains("xen")) {
            return fail(Kind.UNREACHABLE, uri, strip(libvirt), "this host runs no Xen: use qemu:///system for KVM", e);
        }
        if (text.contains("unable to parse uri")) {
            return fail(Kind.UNREACHABLE, uri, "libvirt cannot parse the URI",
                    "write it as driver[+transport]://[user@host]/path, with a space in a path as %20", e);
        }
        if (uri.startsWith("test:")) {
            // the test driver runs in this process: no libvirtd is involved, its node file is what failed
            return fail(Kind.UNREACHABLE, uri, strip(libvirt), "the test driver cannot read that node file: give "
                    + "test:///default, or a node file in libvirt's test-driver format, such as pvdm bench --write-node FILE writes", e);
        }
        return fail(Kind.UNREACHABLE, uri, strip(libvirt), CHECK_URI + ", and that libvirtd runs on the host", e);
    }

    static HostException timeout(String uri, Duration bound) {
        return new HostException(Kind.UNREACHABLE, "cannot connect to " + uri + ": no answer within "
                + bound.toSeconds() + " s (check that the host is up and reachable and that libvirtd runs there)");
    }

    static HostException noNodeFile(String uri, String path) {
        return new HostException(Kind.UNREACHABLE, "cannot connect to " + uri + ": the test driver's node file "
                + path + " does not exist or cannot be read (use test:///default or test:///ABSOLUTE/PATH/node.xml)");
    }

    static HostException nativeMissing(String uri, Throwable t) {
        return new HostException(Kind.UNREACHABLE, "cannot connect to " + uri + ": the libvirt client library "
                + "(libvirt.so.0) is not installed (install libvirt0 or libvirt-client)", t);
    }

    private static HostException fail(Kind kind, String uri, String reason, String hint, Throwable cause) {
        return new HostException(kind, "cannot connect to " + uri + ": " + reason + " (" + hint + ")", cause);
    }

    /** libvirt wraps ssh's own words in "Cannot recv data: ...: Connection reset by peer": keep ssh's part. */
    private static String strip(String libvirt) {
        String s = libvirt;
        if (s.startsWith("Cannot recv data: ")) {
            s = s.substring("Cannot recv data: ".length());
        }
        if (s.endsWith(": Connection reset by peer") && s.length() > 30) {
            s = s.substring(0, s.length() - ": Connection reset by peer".length());
        }
        s = s.replace('\n', ' ').strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static boolean isSsh(String uri) {
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? "" : uri.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.endsWith("+ssh") || scheme.endsWith("+libssh") || scheme.endsWith("+libssh2");
    }
}
