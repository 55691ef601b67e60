package org.pvdm.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.pvdm.host.HostException;

class ProblemTest {

    @Test
    void hostMessagesSplitIntoWhatFailedAndWhatToDo() {
        Problem p = Problem.of("Connect to h", new HostException(HostException.Kind.UNREACHABLE,
                "cannot connect to qemu+ssh://h/system: no answer within 8 s (check that the host is up)"));
        assertEquals("Connect to h", p.title());
        assertEquals("Cannot connect to qemu+ssh://h/system: no answer within 8 s", p.whatFailed());
        assertEquals("Check that the host is up", p.whatToDo());
    }

    @Test
    void withoutAHintTheKindAdvises() {
        Problem p = Problem.of("Switch x", new HostException(HostException.Kind.CONFLICT, "x changed meanwhile"));
        assertTrue(p.whatToDo().contains("refresh"), p.whatToDo());
    }

    @Test
    void neverAStackTrace() {
        RuntimeException bug = new IllegalStateException("first line\n\tat org.pvdm.Foo.bar(Foo.java:1)");
        Problem p = Problem.of("Do it", bug);
        assertEquals("first line", p.whatFailed());
        assertFalse(p.whatFailed().contains("\tat"));
        assertTrue(p.whatToDo().contains("-v"));
        assertTrue(Problem.of("Save", new IOException("disk full")).whatToDo().contains("free space"));
        assertTrue(Problem.of("Connect", new UnsatisfiedLinkError("libvirt.so.0")).whatToDo().contains("libvirt0"));
    }
}
