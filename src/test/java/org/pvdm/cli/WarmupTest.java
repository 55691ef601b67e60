package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.classify.GuestReport;
import org.pvdm.model.domain.Domain;

class WarmupTest {

    /** The warm-up's guest goes the whole way a host's guest goes: an emulated disk and NIC, both convertible. */
    @Test
    void theBuiltInGuestIsClassifiedWithBothEmulatedDevices() throws Exception {
        GuestReport r = Classifier.classify(Domain.parse(Warmup.GUEST));
        assertEquals(2, r.emulatedCount(), r.toString());
        assertEquals(2, r.convertibleCount(), r.toString());
    }

    /**
     * Every warm-up guest is a valid guest that goes the whole way, and they differ where a host's guests do: one
     * all paravirtual, the others with emulated disks and NICs (warming code the real guests never reach is waste).
     */
    @Test
    void everyWarmUpGuestIsClassifiedAndTheyCoverPvAndEmulated() throws Exception {
        int pv = 0;
        for (String xml : Warmup.GUESTS) {
            GuestReport r = Classifier.classify(Domain.parse(xml));
            if (r.emulatedCount() == 0) {
                pv++;
            } else {
                assertTrue(r.convertibleCount() >= 1, r.toString());
            }
        }
        assertEquals(1, pv, "one paravirtual guest among " + Warmup.GUESTS.size());
    }
}
