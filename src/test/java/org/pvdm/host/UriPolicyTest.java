package org.pvdm.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UriPolicyTest {

    @Test
    void aFileMayNameAHostButNeverAnOption() {
        for (String ok : List.of("qemu:///system", "qemu:///session", "xen:///system", "qemu+ssh://root@host.example/system",
                "qemu+ssh://admin@10.0.0.5:2222/system", "qemu+tls://[fe80::1]/system", "qemu+libssh2://u@h/system",
                "qemu+unix:///system", "test:///default", "demo", DemoHost.uri())) {
            assertEquals(Optional.empty(), UriPolicy.fileProblem(ok), ok);
        }
        for (String bad : List.of("qemu+ext:///system", "qemu+ext:///system?command=/tmp/x",
                "qemu+ssh://h/system?command=/tmp/x", "qemu+ssh://h/system?netcat=/tmp/nc",
                "qemu+ssh://h/system?socket=/tmp/s", "qemu+unix:///system?socket=/tmp/s",
                "qemu+libssh2://h/system?keyfile=/root/.ssh/id_rsa", "qemu+libssh2://h/system?known_hosts=/etc/passwd",
                "qemu+tls://h/system?pkipath=/tmp", "qemu+ssh://h/system?proxy=netcat", "qemu+tcp://h/system?name=x",
                "qemu+ssh://h/system#frag", "qemu+ssh://u:secret@h/system", "qemu+ssh://-oProxyCommand=x@h/system",
                "qemu+ssh://-oProxyCommand=x/system", "qemu+ssh://u%20x@h/system", "qemu+ssh://h/sys tem",
                "test:///etc/passwd", "test:///tmp/x/pvdm/demo/node.xml", "qemu+foo://h/system", "",
                "/bin/sh", "qemu:///system\n")) {
            assertTrue(UriPolicy.fileProblem(bad).isPresent(), bad);
        }
        assertTrue(UriPolicy.fileProblem("qemu+ext:///system?command=/x").orElseThrow().contains("'ext'"));
        assertTrue(UriPolicy.fileProblem("qemu+ssh://h/system?netcat=/x&socket=/y").orElseThrow()
                .contains("netcat=, socket="));
    }

    @Test
    void aPasswordIsStrippedAndScrubbed() {
        assertEquals("qemu+ssh://root@h/system", UriPolicy.redact("qemu+ssh://root:s3cret@h/system"));
        assertEquals("qemu+ssh://root@h/system", UriPolicy.redact("qemu+ssh://root:p@ss@h/system"));
        assertEquals("qemu+ssh://h/system", UriPolicy.redact("qemu+ssh://:pw@h/system"));
        assertEquals("qemu+ssh://root@h:22/system?x=a:b@c", UriPolicy.redact("qemu+ssh://root@h:22/system?x=a:b@c"));
        assertEquals("qemu:///system", UriPolicy.redact("qemu:///system"));
        assertEquals("p@ss", UriPolicy.password("qemu+ssh://root:p@ss@h/system").orElseThrow());
        assertFalse(UriPolicy.password("qemu+ssh://root@h:22/system").isPresent());
        String msg = UriPolicy.scrub("cannot connect to qemu+ssh://root:s3cret@h/system: ssh -l root:s3cret",
                "qemu+ssh://root:s3cret@h/system");
        assertFalse(msg.contains("s3cret"), msg);
        assertTrue(msg.contains("qemu+ssh://root@h/system"), msg);
    }
}
