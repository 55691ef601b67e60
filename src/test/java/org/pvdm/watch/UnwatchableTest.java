package org.pvdm.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.Needs;

/** The boot watch says why it does not run on libvirt's test driver, and runs on a host with real counters. */
class UnwatchableTest {
    @Test
    void theTestDriverIsSaidToBeUnwatchableAHostWithRealCountersIsWatched() throws Exception {
        Needs.libvirt0();
        try (Host demo = LibvirtHosts.open("test:///default", false)) {
            String why = BootWatch.unwatchable(demo).orElse("");
            assertTrue(why.contains("test driver") && why.contains("synthetic"), why);
        }
        assertEquals(Optional.empty(), BootWatch.unwatchable(new FakeHost()));
    }
}
