package org.pvdm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.Host;

class AcceleratorProbeTest {
    @TempDir
    Path tmp;

    private LabPaths paths() {
        return new LabPaths(tmp, tmp, tmp);
    }

    @Test
    void noDevKvmMeansTcgWithoutTouchingLibvirt() throws Exception {
        Accelerator a = new AcceleratorProbe(null, paths(), tmp.resolve("kvm"), Duration.ofSeconds(1))
                .detect(LabProgress.none());
        assertFalse(a.kvm());
        assertEquals("qemu", a.domainType());
        assertEquals("TCG (no " + tmp.resolve("kvm") + ")", a.label());
    }

    @Test
    void aKvmTestBootThatNeverReachesTheInitFallsBackToTcgAndLeavesNoGuest() throws Exception {
        Path kvm = Files.createFile(tmp.resolve("kvm"));
        Files.writeString(paths().stamp(), "build 1\n");
        try (Host host = LabTestHosts.open(tmp)) {
            int before = host.guests().size();
            Accelerator a = new AcceleratorProbe(host, paths(), kvm, Duration.ofMillis(1500)).detect(LabProgress.none());
            assertEquals("qemu", a.domainType());
            assertTrue(a.reason().startsWith("a KVM test boot did not reach the lab's init"), a.reason());
            assertEquals(before, host.guests().size(), "the test guest is gone");
            assertTrue(Files.readString(paths().acceleratorFile()).startsWith("build 1\nqemu\n"));
        }
    }

    @Test
    void theTestBootIsCachedForTheSameBuildOnly() throws Exception {
        Path kvm = Files.createFile(tmp.resolve("kvm"));
        Files.writeString(paths().stamp(), "build 2\n");
        Files.writeString(paths().acceleratorFile(), "build 2\nkvm\na KVM test boot reached the lab's init in 2 s\n");
        Accelerator a = new AcceleratorProbe(null, paths(), kvm, Duration.ofSeconds(1)).detect(LabProgress.none());
        assertEquals("KVM (a KVM test boot reached the lab's init in 2 s)", a.label());
    }

    @Test
    void aConsoleLineFromTheKernelMeansKvmWorks() throws Exception {
        Path kvm = Files.createFile(tmp.resolve("kvm"));
        Files.writeString(paths().consoleLog(LabXml.PROBE_NAME), "pvdm-lab: init start at uptime 0.9s\n");
        try (Host host = LabTestHosts.open(tmp)) {
            Accelerator a = new AcceleratorProbe(host, paths(), kvm, Duration.ofSeconds(5)).detect(LabProgress.none());
            assertTrue(a.kvm(), a.label());
            assertFalse(Files.exists(paths().consoleLog(LabXml.PROBE_NAME)), "the test boot's log is deleted");
        }
    }
}
