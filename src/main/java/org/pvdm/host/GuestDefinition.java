package org.pvdm.host;

/**
 * A guest's definition as read for the inventory: the persistent one, or the live one of a transient guest.
 *
 * @param xml   the definition, null when it could not be read
 * @param error why it could not be read, null when it could
 */
public record GuestDefinition(GuestSummary guest, String xml, HostException error) {

    public static GuestDefinition of(GuestSummary guest, String xml) {
        return new GuestDefinition(guest, xml, null);
    }

    public static GuestDefinition failed(GuestSummary guest, HostException error) {
        return new GuestDefinition(guest, null, error);
    }
}
