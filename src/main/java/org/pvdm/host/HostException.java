package org.pvdm.host;

/**
 * A failed call to a host, with a one-line message for a person: what failed, on what, what to do.
 * Never shown with a stack trace.
 */
public class HostException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The host cannot be reached or the URI names no usable driver. */
        UNREACHABLE,
        /** No such guest. */
        NOT_FOUND,
        /** The user may not do this (polkit, unix permissions, ACL). */
        PERMISSION_DENIED,
        /** The connection is read-only. */
        READ_ONLY,
        /** The host or its driver does not support the call. */
        UNSUPPORTED,
        /** libvirt refused the XML. */
        INVALID_XML,
        /** The guest is in the wrong state or was changed by someone else. */
        CONFLICT,
        /** The operation timed out. */
        TIMEOUT,
        OTHER
    }

    private final Kind kind;

    public HostException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public HostException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
