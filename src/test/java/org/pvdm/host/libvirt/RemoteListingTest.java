package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pvdm.bench.NodeFiles;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.testsupport.Needs;

/**
 * The raw listing over a remote connection (facts in bulk, definitions many in flight) gives what libvirt-java's
 * per-guest calls give, on the machine's real libvirtd reached through its socket as a remote URI.
 */
class RemoteListingTest {
    private static final String URI = "qemu+unix:///system";
    private static final String PREFIX = "pvdm-rawlist";

    @Test
    void bulkFactsAndParallelDefinitionsMatchTheGuestByGuestCalls() throws Exception {
        Needs.libvirt0();
        Host host;
        try {
            host = LibvirtHosts.open(URI, true);
        } catch (HostException e) {
            Needs.libvirtd(URI, e.getMessage());
            return;
        }
        List<String> ours = new ArrayList<>();
        try (host) {
            assertTrue(States.remote(URI), "the URI must take the remote path");
            for (int i = 0; i < 6; i++) {
                String domain = NodeFiles.xml(1, PREFIX).replaceAll("(?s).*?(<domain .*?</domain>).*", "$1")
                        .replace("<test:runstate>5</test:runstate>", "")
                        .replace(NodeFiles.name(PREFIX, 0), NodeFiles.name(PREFIX, i))
                        .replace(NodeFiles.uuid(0), "5eed0000-0000-4000-8000-00000000000" + i)
                        .replace("type='kvm'", "type='qemu'");
                ours.add(host.define(domain));
            }
            assertTrue(RawLib.available(), "the direct binding of libvirt's calls");
            // the raw path itself (allDefinitions would quietly fall back to libvirt-java if it failed)
            Map<String, GuestDefinition> raw = byUuid(((LibvirtHost) host).remoteRawDefinitions());
            assertEquals(byUuid(host.allDefinitions()).keySet(), raw.keySet());
            Map<String, GuestDefinition> perGuest = byUuid(host.definitions(host.guests()));
            for (String uuid : ours) {
                assertEquals(perGuest.get(uuid), raw.get(uuid), uuid);
                assertTrue(raw.get(uuid).guest().persistent(), uuid);
                assertTrue(raw.get(uuid).xml().contains("<uuid>" + uuid + "</uuid>"), raw.get(uuid).xml());
            }
        } finally {
            try (Host cleanup = LibvirtHosts.open(URI, true)) {
                for (String uuid : ours) {
                    cleanup.undefine(uuid);
                }
            }
        }
    }

    private static Map<String, GuestDefinition> byUuid(List<GuestDefinition> defs) {
        return defs.stream().collect(Collectors.toMap(d -> d.guest().uuid(), Function.identity()));
    }
}
