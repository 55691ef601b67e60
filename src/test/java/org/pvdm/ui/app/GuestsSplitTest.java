package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where the divider goes once a guest is chosen, for the heights the Guests tab has on real screens. */
class GuestsSplitTest {
    @Test
    void aTallSplitKeepsFortyPercentForTheGuests() {
        assertEquals(0.4, GuestsSplit.afterChoice(900), 1e-9, "1600x1000");
        assertEquals(0.4, GuestsSplit.afterChoice(2000), 1e-9, "a 4K screen");
    }

    @Test
    void aProjectorsSplitGivesTheDevicesTheirFourRows() {
        for (double h : new double[] {544, 600, 616}) {
            double devices = h * (1 - GuestsSplit.afterChoice(h));
            assertTrue(devices >= GuestsSplit.DEVICES_ROOM - 0.001, h + " px: the devices get " + devices);
        }
    }

    @Test
    void aTinySplitStillShowsSomeGuests() {
        for (double h : new double[] {200, 300, 420}) {
            double guests = h * GuestsSplit.afterChoice(h);
            assertTrue(guests >= Math.min(GuestsSplit.GUESTS_ROOM, h / 2) - 0.001, h + " px: the guests get " + guests);
        }
        assertEquals(0.4, GuestsSplit.afterChoice(0), 1e-9, "not laid out yet");
    }
}
