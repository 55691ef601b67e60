package org.pvdm.model.convert;

import org.pvdm.model.classify.DeviceKind;

/**
 * One device switch.
 *
 * @param device the device's name before the switch: target dev, MAC, or TYPE:INDEX for a controller
 * @param from   bus and name, or model, before: "ide hda", "e1000", "lsilogic scsi:0" ("" for an added device);
 *               a disk that follows its controller: "scsi sda (lsilogic scsi:0)"
 * @param to     the same after: "virtio vda", "virtio", "virtio-scsi scsi:0", "scsi sda (virtio-scsi scsi:0)"
 * @param reason why, in one line, with what else was adjusted (address dropped, attribute removed, ...)
 */
public record Change(String device, DeviceKind kind, String from, String to, String reason) {

    /** The device's name after the switch: the second word of {@code to} (vda, sdb, scsi:0); the MAC for a NIC. */
    public String newName() {
        String[] words = to.split(" ");
        return kind == DeviceKind.NIC || words.length < 2 ? device : words[1];
    }
}
