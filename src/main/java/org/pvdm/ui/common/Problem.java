package org.pvdm.ui.common;

import org.pvdm.host.HostException;

/**
 * Something that failed, as a person reads it in a dialog: a title, what failed and what to do. Built from
 * an exception without ever showing its stack trace.
 */
public record Problem(String title, String whatFailed, String whatToDo) {

    /**
     * @param action what the user tried, shown as the title ("Connect to demo host")
     */
    public static Problem of(String action, Throwable t) {
        if (t instanceof HostException h) {
            return fromHost(action, h);
        }
        if (t instanceof java.io.IOException io) {
            return new Problem(action, oneLine(io.getMessage() == null ? io.toString() : io.getMessage()),
                    "Check that the folder exists, has free space, and that you may write there.");
        }
        if (t instanceof LinkageError) {
            return new Problem(action, "the libvirt client library (libvirt.so.0) cannot be loaded",
                    "install libvirt0 (Debian/Ubuntu) or libvirt-libs (SUSE/RHEL) and start pvdm again");
        }
        String message = t.getMessage() == null || t.getMessage().isBlank()
                ? t.getClass().getSimpleName() : t.getMessage();
        return new Problem(action, oneLine(message),
                "this looks like a bug in pvdm: start it with -v and report the log");
    }

    static Problem fromHost(String action, HostException h) {
        String message = oneLine(h.getMessage() == null ? "" : h.getMessage());
        String todo = advice(h.kind());
        if (message.endsWith(")")) {
            int open = message.lastIndexOf(" (");
            if (open > 0) {
                todo = capitalise(message.substring(open + 2, message.length() - 1));
                message = message.substring(0, open);
            }
        }
        return new Problem(action, capitalise(message), todo);
    }

    static String advice(HostException.Kind kind) {
        return switch (kind) {
            case UNREACHABLE -> "Check that the host is up, that libvirtd runs there, and the connection URI.";
            case NOT_FOUND -> "The guest may have been removed meanwhile: refresh the list (F5).";
            case PERMISSION_DENIED -> "Run pvdm as root or as a member of group libvirt, or connect read-only.";
            case READ_ONLY -> "This connection is read-only: connect again without \"read-only\" to change guests.";
            case UNSUPPORTED -> "This host or its driver cannot do this.";
            case INVALID_XML -> "libvirt refused the definition: nothing was changed.";
            case CONFLICT -> "The guest changed meanwhile or is in the wrong state: refresh (F5) and try again.";
            case TIMEOUT -> "The host did not answer in time: try again.";
            case OTHER -> "Try again; if it keeps failing, start pvdm with -v and look at the log.";
        };
    }

    private static String oneLine(String s) {
        String first = s.strip();
        int nl = first.indexOf('\n');
        return nl < 0 ? first : first.substring(0, nl).strip();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
