package org.pvdm.host;

/** A guest lifecycle event from libvirt. */
public record LifecycleEvent(String uuid, String name, Type type) {
    public enum Type { DEFINED, UNDEFINED, STARTED, SUSPENDED, RESUMED, STOPPED, SHUTDOWN, PMSUSPENDED, CRASHED, OTHER }
}
