package org.pvdm.host.libvirt;

import java.util.regex.Pattern;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;

/** Finds a domain by UUID or name; NOT_FOUND names the guest and the host and says what to do. */
final class GuestLookup {

    private static final Pattern UUID = Pattern.compile(
            "\\p{XDigit}{8}-?\\p{XDigit}{4}-?\\p{XDigit}{4}-?\\p{XDigit}{4}-?\\p{XDigit}{12}");

    private final Connect conn;
    private final String host;

    GuestLookup(Connect conn, String host) {
        this.conn = conn;
        this.host = host;
    }

    /** By UUID when it reads as one (with or without dashes, any case), else (or when no such UUID) by name. */
    Domain byNameOrUuid(String nameOrUuid) throws LibvirtException, HostException {
        if (UUID.matcher(nameOrUuid).matches()) {
            try {
                return conn.domainLookupByUUIDString(nameOrUuid);
            } catch (LibvirtException e) {
                if (LibvirtErrors.kind(e) != Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        try {
            return conn.domainLookupByName(nameOrUuid);
        } catch (LibvirtException e) {
            if (LibvirtErrors.kind(e) == Kind.NOT_FOUND) {
                throw new HostException(Kind.NOT_FOUND, "no guest '" + nameOrUuid + "' on " + host
                        + " (run pvdm list to see the guests by name and UUID)", e);
            }
            throw e;
        }
    }

    Domain byUuid(String uuid) throws LibvirtException, HostException {
        try {
            return conn.domainLookupByUUIDString(uuid);
        } catch (LibvirtException e) {
            if (LibvirtErrors.kind(e) == Kind.NOT_FOUND) {
                throw new HostException(Kind.NOT_FOUND, "no guest with UUID " + uuid + " on " + host
                        + " (it may have been undefined meanwhile: run pvdm list)", e);
            }
            throw e;
        }
    }
}
