package org.pvdm.ui.devices;

import java.util.Optional;
import org.pvdm.readiness.DriverReadiness;
import org.pvdm.readiness.PvdmMetadata;

/**
 * Everything the devices view shows beyond the verdicts, read off the FX thread in one go.
 *
 * @param devices   sources, boot disk, sizes
 * @param readiness the driver readiness per kind (same engine as {@code pvdm inspect}); empty when unreadable
 * @param stage     the staged switch under way, if any
 * @param problem   why readiness could not be judged, "" when it was
 */
public record GuestDetails(DeviceDetails devices, Optional<DriverReadiness> readiness,
                           Optional<PvdmMetadata.Stage> stage, String problem) {
    public static final GuestDetails NONE = new GuestDetails(DeviceDetails.NONE, Optional.empty(), Optional.empty(),
            "");

    /** Nothing could be read, and why. */
    static GuestDetails failed(String why) {
        return new GuestDetails(DeviceDetails.NONE, Optional.empty(), Optional.empty(), why);
    }
}
