package org.pvdm.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class NeedsTest {

    @Test
    void aMissingPrerequisiteSkipsOutsideCi() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Needs.check(false, () -> "libvirt0", false));
        assertTrue(e.getMessage().contains("skipped: libvirt0"), e.getMessage());
    }

    @Test
    void aMissingPrerequisiteFailsInCi() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Needs.check(false, () -> "libvirtd", true));
        assertTrue(e.getMessage().contains("CI=true") && e.getMessage().contains("libvirtd"), e.getMessage());
    }

    @Test
    void aPresentPrerequisiteNeitherSkipsNorFails() {
        assertDoesNotThrow(() -> Needs.check(true, () -> "never asked", true));
    }
}
