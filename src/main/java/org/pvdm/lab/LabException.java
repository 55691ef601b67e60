package org.pvdm.lab;

import org.pvdm.host.HostException;

/** A lab step that failed, with a one-line message: what failed (the command or call) and what to do. */
public class LabException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The URI is not a local QEMU driver the lab can build on. */
        UNSUPPORTED,
        /** libvirtd, QEMU or a tool is missing or does not answer. */
        UNAVAILABLE,
        /** Root (or another permission) is needed. */
        DENIED,
        /** Something of the same name exists that the lab did not make. */
        CONFLICT,
        /** A bounded wait ran out. */
        TIMEOUT,
        /** A command or call failed. */
        FAILED
    }

    private final Kind kind;

    public LabException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public LabException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A failed libvirt call, keeping its one-line message. */
    static LabException of(HostException e) {
        Kind k = switch (e.kind()) {
            case UNREACHABLE, UNSUPPORTED -> Kind.UNAVAILABLE;
            case PERMISSION_DENIED, READ_ONLY -> Kind.DENIED;
            case CONFLICT -> Kind.CONFLICT;
            case TIMEOUT -> Kind.TIMEOUT;
            default -> Kind.FAILED;
        };
        return new LabException(k, e.getMessage(), e);
    }
}
