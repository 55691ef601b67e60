package org.pvdm.switching;

import java.util.List;

/**
 * One preflight check.
 *
 * @param id      stable identifier (guest-running, write-access, os-drivers, ...)
 * @param devices the devices it concerns (target dev, MAC, TYPE:INDEX); empty for the guest as a whole
 */
public record Check(String id, Verdict verdict, String message, List<String> devices) {
    public Check {
        devices = List.copyOf(devices);
    }

    static Check ok(String id, String message, List<String> devices) {
        return new Check(id, Verdict.OK, message, devices);
    }

    static Check warn(String id, String message, List<String> devices) {
        return new Check(id, Verdict.WARN, message, devices);
    }

    static Check block(String id, String message, List<String> devices) {
        return new Check(id, Verdict.BLOCK, message, devices);
    }
}
