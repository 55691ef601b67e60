package org.pvdm.lab;

/** Short sleeps inside bounded polling loops. */
final class Waits {
    private Waits() {}

    static void sleep(long millis) throws LabException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException(LabException.Kind.TIMEOUT, "interrupted while waiting", e);
        }
    }
}
