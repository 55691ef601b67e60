package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;

/**
 * Every bad URI fails with UNREACHABLE and one line naming the URI. That the wait is bounded is shown by the
 * silent hosts' message, which only the timeout path writes; no wall-clock bound is asserted (a busy machine
 * would break it).
 */
class BadUriTest {

    private static final Duration BOUND = Duration.ofSeconds(3);

    private final List<Socket> accepted = new ArrayList<>();
    private ServerSocket silent;

    @BeforeEach
    void libvirt() {
        TestHosts.assumeLibvirt();
    }

    @AfterEach
    void stopSilentServer() throws IOException {
        if (silent != null) {
            silent.close();
        }
        for (Socket s : accepted) {
            s.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"qemu+tcp://127.0.0.1:1/system", "foo:///bar", "test:///nonexistent.xml",
        "qemu+ssh://root@192.0.2.1/system", "qemu+ssh://root@203.0.113.1/system"})
    void badUriIsUnreachable(String uri) {
        HostException e = failsInTime(uri);
        assertTrue(e.getMessage().startsWith("cannot connect to " + uri + ": "), e.getMessage());
    }

    @Test
    void unknownSchemeSaysNoDriverOrNoDaemon() {
        // libvirt hands a scheme it does not know to libvirtd, which says "no driver" when it runs
        HostException e = failsInTime("foo:///bar");
        assertTrue(e.getMessage().contains("no libvirt driver handles this URI")
                || e.getMessage().contains("libvirtd is not running"), e.getMessage());
    }

    @Test
    void noDaemonSocketSaysLibvirtdIsNotRunning() {
        String uri = "qemu:///system?socket=/nonexistent/libvirt-sock";
        HostException e = failsInTime(uri);
        assertEquals("cannot connect to " + uri + ": libvirtd is not running (start it, or use --connect)",
                e.getMessage());
    }

    @Test
    void missingNodeFileSaysWhichFile() {
        HostException e = failsInTime("test:///nonexistent.xml");
        assertTrue(e.getMessage().contains("node file /nonexistent.xml does not exist"), e.getMessage());
    }

    /** A host that accepts TCP but never speaks (a hung sshd or libvirtd): only the bounded wait saves us. */
    @ParameterizedTest
    @ValueSource(strings = {"qemu+ssh://root@127.0.0.1:%d/system", "qemu+tcp://127.0.0.1:%d/system"})
    void silentHostTimesOut(String pattern) throws IOException {
        silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket s = silent.accept();
                    synchronized (accepted) {
                        accepted.add(s);
                    }
                }
            } catch (IOException closed) {
                // test over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        String uri = pattern.formatted(silent.getLocalPort());
        HostException e = failsInTime(uri);
        assertEquals("cannot connect to " + uri + ": no answer within 3 s (check that the host is up and "
                + "reachable and that libvirtd runs there)", e.getMessage());
    }

    @Test
    void sshUrisGetNoTty() {
        assertEquals("qemu+ssh://root@h/system?no_tty=1", Connector.withNoTty("qemu+ssh://root@h/system"));
        assertEquals("qemu+ssh://h/system?keyfile=/k&no_tty=1", Connector.withNoTty("qemu+ssh://h/system?keyfile=/k"));
        assertEquals("qemu+ssh://h/system?no_tty=0", Connector.withNoTty("qemu+ssh://h/system?no_tty=0"));
        assertEquals("qemu:///system", Connector.withNoTty("qemu:///system"));
    }

    private static HostException failsInTime(String uri) {
        HostException e = assertThrows(HostException.class, () -> LibvirtHosts.open(uri, false, null, BOUND));
        assertEquals(Kind.UNREACHABLE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(uri), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }
}
