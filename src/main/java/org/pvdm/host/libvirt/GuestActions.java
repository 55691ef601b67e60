package org.pvdm.host.libvirt;

import java.util.concurrent.atomic.AtomicBoolean;

import org.libvirt.Domain;
import org.libvirt.DomainBlockInfo;
import org.libvirt.LibvirtException;
import org.pvdm.host.DiskSize;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostException;

/**
 * What {@link LibvirtHost} does to one guest: look it up, call libvirt under the host's {@link HostCalls} (so
 * under {@code conn.inUse()}), and map the error to a message that names the guest and the host.
 */
final class GuestActions {

    private static final int XML_INACTIVE = 2; // VIR_DOMAIN_XML_INACTIVE; SECURE would need write access

    private final PvdmConnect conn;
    private final HostCalls calls;
    private final GuestLookup lookup;
    private final String given;

    GuestActions(PvdmConnect conn, HostCalls calls, String given) {
        this.conn = conn;
        this.calls = calls;
        this.given = given;
        this.lookup = new GuestLookup(conn, org.pvdm.host.HostUris.displayName(given));
    }

    GuestSummary guest(String nameOrUuid) throws HostException {
        return calls.call("find guest '" + nameOrUuid + "' on " + given, () -> {
            Domain d = lookup.byNameOrUuid(nameOrUuid);
            try {
                return Guests.summary(d);
            } finally {
                Guests.free(d);
            }
        });
    }

    /** Three calls, each held on its own: the lookup, the name (for the message), then the action itself. */
    private <T> T onGuest(String uuid, String verb, GuestCall<T> body) throws HostException {
        Domain d = calls.call("find guest " + uuid + " on " + given, () -> lookup.byUuid(uuid));
        try {
            String name = calls.call("read the name of guest " + uuid, d::getName);
            return calls.call(verb + " guest '" + name + "' on " + given, () -> body.run(d));
        } finally {
            Guests.free(d);
        }
    }

    private void act(String uuid, String verb, GuestAct body) throws HostException {
        onGuest(uuid, verb, d -> {
            body.run(d);
            return null;
        });
    }

    @FunctionalInterface
    private interface GuestCall<T> {
        T run(Domain d) throws LibvirtException;
    }

    @FunctionalInterface
    private interface GuestAct {
        void run(Domain d) throws LibvirtException;
    }

    String inactiveXml(String uuid) throws HostException {
        return onGuest(uuid, "read the definition of", d -> d.getXMLDesc(XML_INACTIVE));
    }

    String liveXml(String uuid) throws HostException {
        return onGuest(uuid, "read the live definition of", d -> d.getXMLDesc(0));
    }

    String define(String xml) throws HostException {
        return calls.call("define a guest on " + given, () -> conn.domainDefineXML(xml).getUUIDString());
    }

    String createTransient(String xml) throws HostException {
        return calls.call("create a transient guest on " + given, () -> conn.domainCreateXML(xml, 0).getUUIDString());
    }

    DiskSize diskSize(String uuid, String target) throws HostException {
        return onGuest(uuid, "read the size of disk " + target + " of", d -> {
            try {
                DomainBlockInfo b = d.blockInfo(target);
                return new DiskSize(b.getCapacity(), b.getAllocation(), "block info");
            } catch (LibvirtException blockInfoFailed) {
                // the QEMU driver cannot open a pool volume of a shut-off guest itself; its pool knows the size
                return DiskVolumes.size(conn, d.getXMLDesc(XML_INACTIVE), target).orElseThrow(() -> blockInfoFailed);
            }
        });
    }

    String agentCommand(String uuid, String json, int timeoutSeconds) throws HostException {
        return onGuest(uuid, "ask the guest agent of", d -> d.qemuAgentCommand(json, timeoutSeconds, 0));
    }

    AutoCloseable onReboot(String uuid, Runnable listener) throws HostException {
        // libvirt-java 0.5.4 cannot unregister a reboot callback: the handle mutes it instead, and the
        // registration ends with the connection.
        AtomicBoolean live = new AtomicBoolean(true);
        act(uuid, "watch resets of", d -> d.addRebootListener(dom -> {
            if (live.get()) {
                listener.run();
            }
        }));
        return () -> live.set(false);
    }

    void start(String uuid) throws HostException {
        act(uuid, "start", Domain::create);
    }

    void shutdown(String uuid) throws HostException {
        act(uuid, "shut down", Domain::shutdown);
    }

    void reboot(String uuid) throws HostException {
        act(uuid, "reboot", d -> d.reboot(0));
    }

    void destroy(String uuid) throws HostException {
        act(uuid, "force off", Domain::destroy);
    }

    void undefine(String uuid) throws HostException {
        act(uuid, "undefine", Domain::undefine);
    }
}
