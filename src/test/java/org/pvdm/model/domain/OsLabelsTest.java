package org.pvdm.model.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** libosinfo ids become the names people use, in the CLI's messages as in the GUI. */
class OsLabelsTest {
    @Test
    void idsBecomeNames() {
        assertEquals("Windows Server 2008 R2", OsLabels.name("http://microsoft.com/win/2k8r2"));
        assertEquals("Windows Server 2003", OsLabels.windows("http://microsoft.com/win/2k3"));
        assertEquals("SUSE Linux Enterprise Server 11 SP1", OsLabels.name("http://suse.com/sles/11sp1"));
        assertEquals("freebsd13.1", OsLabels.name("http://freebsd.org/freebsd/13.1"));
        assertEquals("Windows", OsLabels.windows(""), "a Windows guest without an id is still named");
        assertEquals("", OsLabels.name(null));
    }
}
