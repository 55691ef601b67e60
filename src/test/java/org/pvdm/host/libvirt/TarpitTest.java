package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvdm.host.HostException;
import org.pvdm.testsupport.Needs;

/**
 * A host that accepts and never answers (a tarpit on 127.0.0.1), reached over qemu+ssh: the connect gives up
 * after its bound, the ssh libvirt started for it does not outlive that, and the password in the URI never
 * appears on ssh's command line nor in the message.
 */
class TarpitTest {
    private static final String SECRET = "s3cretTarpit";

    private ServerSocket tarpit;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openTarpit() throws IOException {
        Needs.libvirt0();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")), "skipped: no ssh client (apt-get install openssh-client)");
        tarpit = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!tarpit.isClosed()) {
                try {
                    held.add(tarpit.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "tarpit");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void closeTarpit() throws IOException {
        if (tarpit != null) {
            tarpit.close();
        }
        for (Socket s : held) {
            s.close();
        }
    }

    @Test
    void theSshChildDiesWithTheAbandonedConnectAndNeverSeesThePassword() throws Exception {
        String uri = "qemu+ssh://root:" + SECRET + "@127.0.0.1:" + tarpit.getLocalPort() + "/system";
        Map<Long, String> seen = new ConcurrentHashMap<>();
        Thread watch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                // a process between exec and its first instruction, or already dead, has no readable cmdline yet
                ProcessHandle.current().children().filter(TarpitTest::isSsh)
                        .forEach(p -> seen.merge(p.pid(), cmdline(p.pid()), (a, b) -> a.isEmpty() ? b : a));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "watch-ssh");
        watch.setDaemon(true);
        watch.start();
        HostException e;
        try {
            e = assertThrows(HostException.class, () -> LibvirtHosts.open(uri, false, null, Duration.ofSeconds(3)));
        } finally {
            watch.interrupt();
            watch.join();
        }
        assertEquals(HostException.Kind.UNREACHABLE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("no answer within 3 s"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertFalse(seen.isEmpty(), "libvirt started an ssh for the connection (else this test proves nothing)");
        assertFalse(held.isEmpty(), "ssh reached the tarpit");
        assertTrue(seen.values().stream().anyMatch(c -> c.contains("-- 127.0.0.1")), "ssh's command line was read: " + seen);
        for (Map.Entry<Long, String> s : seen.entrySet()) {
            assertFalse(s.getValue().contains(SECRET), "ssh's command line holds the password: " + s.getValue());
            assertTrue(gone(s.getKey()), "ssh pid " + s.getKey() + " outlived the abandoned connect: " + s.getValue());
        }
    }

    private static boolean isSsh(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/ssh")).orElse(false);
    }

    /** Gone or a zombie (dead, waiting for libvirt to reap it); waits for libvirt's cleanup, not for a time bound. */
    private static boolean gone(long pid) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Path stat = Path.of("/proc/" + pid + "/stat");
            try {
                String s = Files.readString(stat);
                if (s.substring(s.lastIndexOf(')') + 2).startsWith("Z")) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
