package org.pvdm.host;

/** Opens a fresh connection to the same host, e.g. after the old one was lost. */
@FunctionalInterface
public interface HostFactory {
    Host open() throws HostException;
}
