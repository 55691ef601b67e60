package org.pvdm.model.convert;

import org.pvdm.model.classify.DeviceKind;

/**
 * One device switch.
 *
 * @param device the device's name before the switch: target dev, MAC, or TYPE:INDEX for a controller
 * @param from   bus and name, or model, before: "ide hda", "e1000", "lsilogic scsi:0" ("" for an added device)
 * @param to     the same after: "virtio vda", "virtio", "virtio-scsi scsi:0"
 * @param reason why, in one line, with what else was adjusted (address dropped, attribute removed, ...)
 */
public record Change(String device, DeviceKind kind, String from, String to, String reason) {

    /** The device's name after the switch (the last word of {@code to}, e.g. vda or scsi:0; the MAC for a NIC). */
    public String newName() {
        if (kind == DeviceKind.NIC) {
            return device;
        }
        String[] words = to.split(" ");
        return words[words.length - 1];
    }
}
