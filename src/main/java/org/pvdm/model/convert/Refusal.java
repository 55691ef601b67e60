package org.pvdm.model.convert;

import org.pvdm.model.classify.DeviceKind;

/**
 * A device left as it is, and why.
 *
 * @param device the name the admin gave or the device's own name
 * @param kind   null when the name matches no device of the guest
 */
public record Refusal(String device, DeviceKind kind, String reason) {
}
