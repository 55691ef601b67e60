package org.pvdm.host;

/**
 * One guest as the host lists it (no XML parsing here: that is the model's job).
 *
 * @param id  the running domain id, or -1 when shut off
 */
public record GuestSummary(String name, String uuid, GuestState state, int id, boolean persistent) {}
