package org.pvdm.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pvdm.inventory.GuestRow;
import org.pvdm.inventory.Inventory;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;

/** An unreadable definition is the same error wherever it is read: the inventory and the planner. */
class HostXmlTest {
    private static final String EXPECTED = "the definition of web on fake:///test is not readable: ";

    @Test
    void inventoryAndPlannerReportAnUnreadableDefinitionAlike() throws Exception {
        FakeHost host = new FakeHost();
        GuestSummary web = host.add(GuestXml.emulated("web"), GuestState.SHUTOFF);
        host.edit(web.uuid(), "<domain><name>web</name><devices><disk>");

        GuestRow row = new Inventory(host).list().get(0);
        assertNull(row.report());
        assertEquals(EXPECTED, row.error().substring(0, EXPECTED.length()), row.error());

        HostException e = assertThrows(HostException.class, () -> new Planner(host).plan(web.uuid(), Selection.all(),
                PowerOptions.none(), WriteAccess.allowed(), false));
        assertEquals(HostException.Kind.INVALID_XML, e.kind());
        assertEquals(row.error(), e.getMessage(), "one message for one fault");
    }
}
