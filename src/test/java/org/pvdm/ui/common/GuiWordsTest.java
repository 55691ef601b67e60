package org.pvdm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GuiWordsTest {
    @Test
    void theCheckboxIsNamedNotTheCliFlag() {
        String m = GuiWords.of("install VMDP or virtio-win, switch a data disk first and boot once, or pass --drivers-installed");
        assertFalse(m.contains("--"), m);
        assertTrue(m.endsWith("or tick \u201c" + GuiWords.DRIVERS_CHECKBOX + "\u201d"), m);
    }

    @Test
    void theTryCommandIsNamedAsThePlanDialogsButton() {
        String m = GuiWords.of("driver readiness for disk: not-ready (osinfo: ...); try it first: pvdm try centos5-pbx");
        assertTrue(m.endsWith("try it first: \u201cTry on a clone first\u201d in the plan dialog"), m);
    }

    @Test
    void osIdsBecomeNames() {
        assertEquals("Windows Server 2003", GuiWords.osName("http://microsoft.com/win/2k3"));
        assertEquals("SUSE Linux Enterprise Server 11 SP1", GuiWords.osName("http://suse.com/sles/11sp1"));
        String m = GuiWords.of("Windows (http://microsoft.com/win/2k3) sees hdb only once the viostor driver (VMDP or virtio-win) is installed");
        assertTrue(m.startsWith("Windows Server 2003 sees hdb"), m);
        assertTrue(m.contains("current virtio-win ISOs have no Windows 2003/XP drivers"), m);
        assertFalse(GuiWords.of("Linux (http://oracle.com/ol/7.9): virtio_blk").contains("http"));
    }

    @Test
    void ideCountsArePlain() {
        assertEquals("no IDE devices remain after the switch (IDE takes at most 4)",
                GuiWords.of("IDE holds at most 4 devices; 0 left"));
        assertEquals("2 of IDE's 4 places used after the switch", GuiWords.of("IDE holds at most 4 devices; 2 left"));
    }
}
