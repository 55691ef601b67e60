package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuiArgsTest {

    @Test
    void noCommandOrOnlyConnectOpensTheWindow() {
        assertEquals(new GuiArgs(null, false), GuiArgs.parse(List.of()).orElseThrow());
        assertEquals("qemu:///system", GuiArgs.parse(List.of("--connect", "qemu:///system")).orElseThrow().connect());
        assertEquals("qemu:///system", GuiArgs.parse(List.of("-c", "qemu:///system", "-v")).orElseThrow().connect());
        assertEquals("demo", GuiArgs.parse(List.of("--connect=demo")).orElseThrow().connect());
    }

    @Test
    void anyCommandGoesToTheCli() {
        for (List<String> args : List.of(List.of("list"), List.of("--help"), List.of("-c", "x", "inspect", "g"),
                List.of("--connect"), List.of("-V"), List.of("-c", "a", "-c", "b"))) {
            assertTrue(GuiArgs.parse(args).isEmpty(), args.toString());
        }
    }
}
