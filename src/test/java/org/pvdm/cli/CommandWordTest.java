package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The host a command line names, read before picocli parses it (for opening that host early): one, or none known. */
class CommandWordTest {

    @Test
    void theOneConnectValueWhereverItStands() {
        assertEquals("test:///a", CommandWord.connectValue(new String[] {"-c", "test:///a", "list", "--json"}));
        assertEquals("test:///a", CommandWord.connectValue(new String[] {"list", "--connect", "test:///a"}));
        assertEquals("test:///a", CommandWord.connectValue(new String[] {"list", "--connect=test:///a"}));
        assertEquals("demo", CommandWord.connectValue(new String[] {"-v", "list", "-c", "demo"}));
        assertEquals("", CommandWord.connectValue(new String[] {"list", "--json"}), "none: the default host");
    }

    @Test
    void noneKnownWhenSeveralOrInAFormItDoesNotRead() {
        assertNull(CommandWord.connectValue(new String[] {"-c", "test:///a", "list", "-c", "test:///b"}), "two hosts");
        assertNull(CommandWord.connectValue(new String[] {"list", "-ctest:///a"}), "-cURI");
        assertNull(CommandWord.connectValue(new String[] {"list", "@args"}), "an argument file");
        assertNull(CommandWord.connectValue(new String[] {"list", "--", "-c"}), "after --");
        assertNull(CommandWord.connectValue(new String[] {"list", "--connectx", "u"}), "a misspelt option");
        assertNull(CommandWord.connectValue(new String[] {"list", "-c"}), "a -c without its value");
    }
}
