package org.pvdm.readiness;

/**
 * One thing a source found about a guest's driver for a kind of device.
 *
 * @param source  agent, osinfo, admin, trial or attached
 * @param finding what it points to; UNKNOWN when the source looked and could not tell (said, never hidden)
 * @param text    what was seen, in words, e.g. "virtio_blk is loaded (guest agent, /proc/modules)"
 */
public record Evidence(String source, ReadyVerdict finding, String text) {
    public static final String AGENT = "agent";
    public static final String OSINFO = "osinfo";
    public static final String ADMIN = "admin";
    public static final String TRIAL = "trial";
    public static final String ATTACHED = "attached";

    @Override
    public String toString() {
        return source + ": " + text;
    }
}
