package org.pvdm.lab;

/** Receives one line per lab step ("building the guest...", "started pvdm-lab-pv"); may be called from any thread. */
@FunctionalInterface
public interface LabProgress {
    void step(String message);

    static LabProgress none() {
        return m -> { };
    }
}
