package org.pvdm.readiness;

import org.pvdm.host.HostException;

/** One running guest's QEMU guest agent: a JSON command in, the agent's JSON reply out. */
@FunctionalInterface
public interface GuestAgent {
    String command(String json) throws HostException;
}
