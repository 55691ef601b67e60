package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChartScaleTest {

    @Test
    void topsAreRoundNumbersWithHeadroom() {
        assertEquals(1, ChartScale.niceCeiling(0));
        assertEquals(1, ChartScale.niceCeiling(-3));
        assertEquals(1, ChartScale.niceCeiling(Double.NaN));
        assertEquals(2, ChartScale.niceCeiling(1), 1e-9);
        assertEquals(5, ChartScale.niceCeiling(4), 1e-9);
        assertEquals(10, ChartScale.niceCeiling(4.9), 1e-9);
        assertEquals(250, ChartScale.niceCeiling(230), 1e-9);
        assertEquals(0.25, ChartScale.niceCeiling(0.2), 1e-9);
        assertEquals(100_000, ChartScale.niceCeiling(50_000 * 1.9), 1e-6);
    }
}
