package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
