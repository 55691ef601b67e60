package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TickPlannerTest {
    private static final long P = 250;

    @Test
    void onTimeTicksStayOnTheGrid() {
        TickPlanner planner = new TickPlanner(0, P);
        assertEquals(240, planner.afterTick(10));   // tick 0 took 10: next at 250
        assertEquals(200, planner.afterTick(300));  // tick at 250 took 50: next at 500
        assertEquals(500, planner.due());
        assertEquals(0, planner.dropped());
    }

    @Test
    void aSlowTickDropsThePassedGridPointsInsteadOfQueueingThem() {
        TickPlanner planner = new TickPlanner(0, P);
        // the tick due at 0 ends at 1000: 250, 500 and 750 have passed; 1000 is due right now
        assertEquals(0, planner.afterTick(1000));
        assertEquals(3, planner.dropped());
        assertEquals(1000, planner.due());
        // ends at 1001: 1250 is next, nothing more dropped
        assertEquals(249, planner.afterTick(1001));
        assertEquals(3, planner.dropped());
    }

    @Test
    void justPastAGridPointDropsIt() {
        TickPlanner planner = new TickPlanner(0, P);
        assertEquals(249, planner.afterTick(251));
        assertEquals(1, planner.dropped());
        assertEquals(500, planner.due());
    }

    @Test
    void countGoesOnAcrossPlanners() {
        TickPlanner planner = new TickPlanner(0, P, 7);
        planner.afterTick(600);
        assertEquals(9, planner.dropped());
    }
}
