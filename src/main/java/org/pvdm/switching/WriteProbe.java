package org.pvdm.switching;

import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a host whether it would let this connection change guests, without changing anything.
 *
 * <p>Why a probe: a client that reaches libvirtd through its read-only socket (e.g.
 * {@code qemu:///system?socket=/run/libvirt/libvirt-sock-ro}) opens without VIR_CONNECT_RO, so the client library
 * thinks it may write; the daemon, seeing the socket, opens its own side read-only (remoteDispatchConnectOpen adds
 * VIR_CONNECT_RO for a client of a read-only socket). Only a write call tells.
 *
 * <p>The call: define a document whose root is not {@code <domain>}. In libvirt 9.0 virDomainDefineXML (run by
 * the daemon on its connection) checks read-only access first (virCheckReadOnlyGoto: VIR_ERR_OPERATION_DENIED,
 * "read only access prevents virDomainDefineXML") and only then hands the XML to the driver, whose parser rejects
 * the root element (VIR_ERR_XML_ERROR, "expecting root element of 'domain'") before any lookup, ACL check or
 * write. So a read-only connection answers READ_ONLY, a writable one INVALID_XML, and nothing is defined on
 * either. Not caught: a per-user ACL (polkit) that forbids defining, checked after the parse; such a refusal
 * still comes at define time, before anything is written, as PERMISSION_DENIED.
 */
final class WriteProbe {
    private static final Logger LOG = LoggerFactory.getLogger(WriteProbe.class);

    /** Not a domain: no driver can define it, whatever its parser accepts beyond the root. */
    static final String NOT_A_DOMAIN = "<pvdm-write-probe/>";

    private WriteProbe() {}

    /**
     * Whether {@code host} (opened writable) may change guests.
     *
     * @throws HostException when the host cannot be reached (the question has no answer then)
     */
    static WriteAccess check(Host host) throws HostException {
        try {
            host.define(NOT_A_DOMAIN);
            LOG.warn("{} accepted a definition that is not a domain; taking it as writable", host.displayName());
            return WriteAccess.allowed();
        } catch (HostException e) {
            return switch (e.kind()) {
                case INVALID_XML -> WriteAccess.allowed();
                case READ_ONLY -> WriteAccess.denied(readOnly(host.displayName()));
                case PERMISSION_DENIED, UNSUPPORTED -> WriteAccess.denied(HostAccess.denied(host.displayName(), e));
                case UNREACHABLE, TIMEOUT -> throw e;
                default -> {
                    // an answer that says nothing about access: the define itself will tell, before any write
                    LOG.info("write probe on {} inconclusive, taking it as writable: {}", host.displayName(),
                            e.getMessage());
                    yield WriteAccess.allowed();
                }
            };
        }
    }

    /** The one line for a connection the daemon serves read-only: what, on what, what to do. */
    static String readOnly(String host) {
        return "cannot write to " + host + ": libvirtd serves this connection read-only (as on its read-only socket"
                + " libvirt-sock-ro); connect through its read-write socket (e.g. qemu:///system) as root or a member"
                + " of group libvirt";
    }
}
