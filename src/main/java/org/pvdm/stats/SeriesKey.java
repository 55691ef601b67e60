package org.pvdm.stats;

import java.util.Objects;

/**
 * Names one statistics series: a guest (by UUID) and one of its devices.
 *
 * @param guestUuid the guest's UUID
 * @param device    the disk's target dev (hda, vda...), the NIC's MAC address (lower case), or "" for the
 *                  guest-wide series
 * @param kind      what the series measures
 */
public record SeriesKey(String guestUuid, String device, SeriesKind kind) {

    public SeriesKey {
        Objects.requireNonNull(guestUuid, "guestUuid");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(kind, "kind");
        if (kind == SeriesKind.GUEST && !device.isEmpty()) {
            throw new IllegalArgumentException("a guest-wide series has no device name, got '" + device + "'");
        }
    }

    public static SeriesKey disk(String guestUuid, String target) {
        return new SeriesKey(guestUuid, target, SeriesKind.DISK);
    }

    /** A NIC series; the MAC address is stored in lower case, as pvdm names NICs everywhere. */
    public static SeriesKey nic(String guestUuid, String mac) {
        return new SeriesKey(guestUuid, mac.toLowerCase(java.util.Locale.ROOT), SeriesKind.NIC);
    }

    /** The guest-wide series (CPU use). */
    public static SeriesKey guest(String guestUuid) {
        return new SeriesKey(guestUuid, "", SeriesKind.GUEST);
    }

    /** The device name, or "CPU" for the guest-wide series. */
    public String label() {
        return kind == SeriesKind.GUEST ? "CPU" : device;
    }
}
