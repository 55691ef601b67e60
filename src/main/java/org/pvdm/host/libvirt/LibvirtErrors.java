package org.pvdm.host.libvirt;

import java.util.Locale;

import org.libvirt.Error;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;

/**
 * Turns libvirt errors of calls on an open connection into {@link HostException}s with one line:
 * "cannot ACTION: REASON (WHAT TO DO)". Connect failures are {@link ConnectErrors}' job.
 */
final class LibvirtErrors {

    private LibvirtErrors() {}

    /** The libvirt error code, VIR_ERR_UNKNOWN when there is none. */
    static ErrorNumber code(LibvirtException e) {
        Error err = e.getError();
        return err == null || err.getCode() == null ? ErrorNumber.VIR_ERR_UNKNOWN : err.getCode();
    }

    /** libvirt's message, first line only, without a trailing full stop. */
    static String reason(LibvirtException e) {
        Error err = e.getError();
        String msg = err == null ? null : err.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = e.getMessage() == null ? "unknown libvirt error" : e.getMessage();
        }
        msg = msg.strip();
        int nl = msg.indexOf('\n');
        if (nl > 0) {
            msg = msg.substring(0, nl).strip();
        }
        return msg.endsWith(".") ? msg.substring(0, msg.length() - 1) : msg;
    }

    static Kind kind(LibvirtException e) {
        return kind(code(e), reason(e));
    }

    static Kind kind(ErrorNumber code, String reason) {
        String text = reason.toLowerCase(Locale.ROOT);
        if (text.contains("read only access") || text.contains("read-only")) {
            return Kind.READ_ONLY;
        }
        switch (code) {
            case VIR_ERR_NO_DOMAIN:
                return Kind.NOT_FOUND;
            case VIR_ERR_OPERATION_DENIED:
            case VIR_ERR_AUTH_FAILED:
            case VIR_ERR_AUTH_CANCELLED:
            case VIR_ERR_AUTH_UNAVAILABLE:
            case VIR_ERR_ACCESS_DENIED:
                return Kind.PERMISSION_DENIED;
            case VIR_ERR_NO_SUPPORT:
            case VIR_ERR_ARGUMENT_UNSUPPORTED:
            case VIR_ERR_OPERATION_UNSUPPORTED:
                return Kind.UNSUPPORTED;
            case VIR_ERR_XML_ERROR:
            case VIR_ERR_XML_DETAIL:
            case VIR_ERR_XML_INVALID_SCHEMA:
            case VIR_ERR_CONFIG_UNSUPPORTED:
                return Kind.INVALID_XML;
            case VIR_ERR_OPERATION_INVALID:
            case VIR_ERR_DOM_EXIST:
            case VIR_ERR_RESOURCE_BUSY:
                return Kind.CONFLICT;
            case VIR_ERR_OPERATION_TIMEOUT:
            case VIR_ERR_AGENT_UNRESPONSIVE:
                return Kind.TIMEOUT;
            case VIR_ERR_INVALID_CONN:
            case VIR_ERR_NO_CONNECT:
            case VIR_ERR_RPC:
                return Kind.UNREACHABLE;
            default:
                break;
        }
        if (text.contains("permission denied") || text.contains("access denied")) {
            return Kind.PERMISSION_DENIED;
        }
        if (text.contains("already running") || text.contains("not running") || text.contains("already exists")
                || text.contains("is not active")) { // old drivers and the test driver: VIR_ERR_INTERNAL_ERROR
            return Kind.CONFLICT;
        }
        if (text.contains("broken pipe") || text.contains("connection reset") || text.contains("end of file")
                || text.contains("client socket is closed") || text.contains("cannot recv data")
                || text.contains("cannot write data") || text.contains("input/output error")) {
            return Kind.UNREACHABLE;
        }
        return Kind.OTHER;
    }

    /**
     * @param action what was tried and on what, e.g. "define a guest on test:///default" or
     *               "start guest 'web1' on qemu:///system"
     */
    static HostException map(LibvirtException e, String action) {
        Kind kind = kind(e);
        String reason = kind == Kind.READ_ONLY ? "the connection is read-only" : reason(e);
        return new HostException(kind, "cannot " + action + ": " + reason + " (" + hint(kind) + ")", e);
    }

    static String hint(Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> "it may have been undefined meanwhile: run pvdm list";
            case PERMISSION_DENIED -> "run as root or as a member of group libvirt, or check the host's polkit/ACL rules";
            case READ_ONLY -> "reconnect with write access";
            case UNSUPPORTED -> "this host's libvirt or hypervisor driver does not offer it";
            case INVALID_XML -> "fix the XML; virt-xml-validate FILE domain checks it";
            case CONFLICT -> "check the guest's state with pvdm list and retry";
            case TIMEOUT -> "the host or guest is busy: retry later";
            case UNREACHABLE -> "the connection to the host was lost: check the host and reconnect";
            default -> "see libvirtd's log on the host";
        };
    }
}
