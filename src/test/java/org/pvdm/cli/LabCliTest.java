package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lab commands' usage errors: one line, the documented exit code, nothing touched. */
class LabCliTest {
    @Test
    void aRemoteOrTestUriIsRefused() {
        CliRun r = CliRun.of("lab", "status", "--connect", "qemu+ssh://root@elsewhere/system");
        assertEquals(ExitCodes.UNREACHABLE, r.exit(), r.err());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("the lab runs on this machine's own libvirt only"), r.err());
    }

    @Test
    void anUnknownVariantIsAUsageError() {
        CliRun r = CliRun.of("lab", "up", "--variant", "no-ide");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals("pvdm: --variant takes no-virtio, not no-ide", r.err().strip());
    }

    @Test
    void labAloneAsksWhatToDo() {
        CliRun r = CliRun.of("lab");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().startsWith("say what to do: pvdm lab up | status | down"), r.err());
    }
}
