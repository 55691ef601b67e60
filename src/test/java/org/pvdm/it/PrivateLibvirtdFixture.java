package org.pvdm.it;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private libvirtd (its own user and socket, see {@link PrivateLibvirtd}) started before the class's tests, or
 * the class skips naming what is missing, and killed after them; a temporary folder per test for backups and
 * journals. Fault tests kill and restart it at will without touching the machine's own libvirtd.
 */
abstract class PrivateLibvirtdFixture {
    static PrivateLibvirtd daemon;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startPrivateLibvirtd() throws Exception {
        daemon = PrivateLibvirtd.startOrSkip();
    }

    @AfterAll
    static void stopPrivateLibvirtd() throws Exception {
        if (daemon != null) {
            daemon.close();
            daemon = null;
        }
    }
}
