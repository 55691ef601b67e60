package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ConnectOptionTest {

    @Test
    void aLabGuestIsLookedUpOnTheLabsHostUnlessTheAdminSaysOtherwise() {
        assumeTrue(System.getenv("LIBVIRT_DEFAULT_URI") == null, "skipped: LIBVIRT_DEFAULT_URI is set here");
        assertEquals("qemu:///system", new ConnectOption().forGuest("pvdm-lab-emulated").resolved());
        assertTrue(new ConnectOption().forGuest("win2k3-fileserver").resolved().startsWith("test:///"),
                "other guests: the demo host");
        ConnectOption explicit = new ConnectOption();
        explicit.uri = "test:///default";
        assertEquals("test:///default", explicit.forGuest("pvdm-lab-pv").resolved(), "--connect wins");
    }
}
