package org.pvdm.host;

import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;

/**
 * The one place where a guest definition read from a host becomes a {@link Domain}: XML that does not parse
 * (or is not a domain) is a {@link HostException} of kind INVALID_XML naming the guest and the host, so the CLI
 * answers it with exit 7 and the GUI with the same dialog wherever it was read.
 */
public final class HostXml {
    private HostXml() {}

    /** A guest's definition as read from {@code host}. */
    public static Domain domain(Host host, GuestSummary guest, String xml) throws HostException {
        try {
            return Domain.parse(xml);
        } catch (XmlException e) {
            throw new HostException(HostException.Kind.INVALID_XML, "the definition of " + guest.name() + " on "
                    + host.displayName() + " is not readable: " + e.getMessage());
        }
    }
}
