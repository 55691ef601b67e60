package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pvdm.testsupport.Needs;

/**
 * Closing a connection while another thread is inside a libvirt call freed memory the call still used (the JVM
 * died in libvirt's event deregistration when the GUI disconnected a host during an unsubscribe): the close now
 * waits for the call, and the call finds its connection intact.
 */
class CloseUnderCallTest {

    @Test
    void closeWaitsForTheCallInFlight() throws Exception {
        Needs.libvirt0();
        PvdmConnect conn = new PvdmConnect(TestHosts.DEFAULT, null, 0);
        Thread closer;
        try (PvdmConnect.InUse call = conn.inUse()) {
            closer = new Thread(() -> {
                try {
                    conn.close();
                } catch (org.libvirt.LibvirtException e) {
                    throw new IllegalStateException(e);
                }
            }, "closer");
            closer.start();
            while (!conn.closeWaiting() && closer.isAlive()) {
                Thread.onSpinWait(); // until the close waits, or (the defect) has already closed under the call
            }
            assertNotNull(conn.pointer(), "the connection stays open under the call");
            assertTrue(conn.listAllDomains(0).length > 0, "and the call can still use it");
            assertTrue(closer.isAlive());
        }
        closer.join();
        assertNull(conn.pointer(), "closed once the call returned");
        assertFalse(closer.isAlive());
    }

    /** A host closed while its guest events are still subscribed removes the listener first, on a live connection. */
    @Test
    void closingAHostRemovesTheSubscriptionsLeftOnIt() throws Exception {
        Needs.libvirt0();
        LibvirtHost host = (LibvirtHost) LibvirtHosts.open(TestHosts.DEFAULT, false);
        AutoCloseable kept = host.onLifecycle(e -> { });
        AutoCloseable dropped = host.onLifecycle(e -> { });
        dropped.close();
        org.junit.jupiter.api.Assertions.assertEquals(1, host.liveSubscriptions(), "one subscription left open by its holder");
        host.close();
        org.junit.jupiter.api.Assertions.assertEquals(0, host.liveSubscriptions(), "close removed it");
        kept.close(); // the holder's own late unsubscribe is then harmless
        assertNull(host.connection().pointer());
    }
}
