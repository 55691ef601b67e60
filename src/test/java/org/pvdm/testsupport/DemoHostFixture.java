package org.pvdm.testsupport;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.DemoHost;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;

/**
 * A fresh demo host (libvirt's real test driver, its state private to this connection) opened for writing
 * before each test and closed after it, with a backup store in a temporary folder.
 */
public abstract class DemoHostFixture {
    @TempDir
    protected Path tmp;

    protected Host host;
    protected BackupStore store;

    @BeforeEach
    void openDemoHost() throws Exception {
        Needs.libvirt0();
        host = LibvirtHosts.open(DemoHost.uri(), true);
        store = new BackupStore(tmp.resolve("backups"));
    }

    @AfterEach
    void closeDemoHost() {
        if (host != null) {
            host.close();
        }
    }

    /** A plan as an admin with write access asks for it, without the clone-first option. */
    protected Plan plan(String guest, Selection sel, PowerOptions power) throws HostException {
        return new Planner(host).plan(guest, sel, power, WriteAccess.allowed(), false);
    }
}
