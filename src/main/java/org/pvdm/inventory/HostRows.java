package org.pvdm.inventory;

import java.util.List;
import org.pvdm.host.HostException;

/**
 * One host's part of a many-host inventory.
 *
 * @param uri   the URI as given
 * @param name  what a person calls the host (the URI, or "demo host")
 * @param rows  its guests, empty when it failed
 * @param error why the host could not be listed, null when it was
 */
public record HostRows(String uri, String name, List<GuestRow> rows, HostException error) {}
