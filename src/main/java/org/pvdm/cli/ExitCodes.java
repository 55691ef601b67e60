package org.pvdm.cli;

import org.pvdm.host.HostException;

/** The documented exit codes of every pvdm command (also listed by --help). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int REFUSED = 3;
    public static final int NOT_FOUND = 4;
    public static final int UNREACHABLE = 5;
    public static final int DENIED = 6;
    public static final int BAD_INPUT = 7;
    public static final int CONFLICT = 8;
    public static final int IO = 9;
    public static final int TIMEOUT = 10;

    /** For picocli's --help: "code:meaning". */
    static final String[] LIST = {
        "0:success",
        "1:internal error (a bug: please report it with the log)",
        "2:usage error (unknown command or option)",
        "3:refused: a check blocks, the admin declined, or some files were refused",
        "4:guest, backup or file not found",
        "5:host unreachable, or no libvirt driver for the URI",
        "6:permission denied or read-only connection",
        "7:bad input: malformed or hostile XML, not a domain, bad plan file",
        "8:conflict: guest changed meanwhile or in the wrong state",
        "9:I/O error reading or writing a local file",
        "10:timed out (e.g. the guest did not shut down)",
    };

    private ExitCodes() {}

    public static int of(HostException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> NOT_FOUND;
            case UNREACHABLE, UNSUPPORTED -> UNREACHABLE;
            case PERMISSION_DENIED, READ_ONLY -> DENIED;
            case INVALID_XML -> BAD_INPUT;
            case CONFLICT -> CONFLICT;
            case TIMEOUT -> TIMEOUT;
            case OTHER -> INTERNAL;
        };
    }
}
