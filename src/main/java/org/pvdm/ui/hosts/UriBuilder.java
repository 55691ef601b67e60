package org.pvdm.ui.hosts;

import java.util.regex.Pattern;

/** Builds a libvirt URI from the fields of the "Add connection" dialog, or says what is wrong with them. */
public final class UriBuilder {
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:/.*");

    private UriBuilder() {}

    /** A URI, or the reason there is none yet. */
    public record Result(String uri, String error) {
        static Result ok(String uri) {
            return new Result(uri, "");
        }

        static Result error(String why) {
            return new Result("", why);
        }

        public boolean valid() {
            return error.isEmpty();
        }
    }

    public static Result build(ConnectionKind kind, String user, String host, String port, String custom) {
        String u = trim(user);
        String h = trim(host);
        String p = trim(port);
        return switch (kind) {
            case QEMU_SYSTEM -> Result.ok("qemu:///system");
            case QEMU_SESSION -> Result.ok("qemu:///session");
            case QEMU_SSH -> h.isEmpty() ? Result.error("enter the host name or address") : remote("qemu+ssh", u, h, p);
            case XEN -> h.isEmpty() ? Result.ok("xen:///system") : remote("xen+ssh", u, h, p);
            case CUSTOM -> custom(trim(custom));
        };
    }

    private static Result remote(String scheme, String user, String host, String port) {
        if (!user.isEmpty() && !USER.matcher(user).matches()) {
            return Result.error("the user name may hold letters, digits, '.', '_' and '-' only");
        }
        if (!HOST.matcher(host).matches()) {
            return Result.error("'" + host + "' is not a host name or address");
        }
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        StringBuilder uri = new StringBuilder(scheme).append("://");
        if (!user.isEmpty()) {
            uri.append(user).append('@');
        }
        uri.append(bracketed);
        if (!port.isEmpty()) {
            int n;
            try {
                n = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                return Result.error("the port must be a number from 1 to 65535");
            }
            if (n < 1 || n > 65535) {
                return Result.error("the port must be a number from 1 to 65535");
            }
            uri.append(':').append(n);
        }
        return Result.ok(uri.append("/system").toString());
    }

    private static Result custom(String uri) {
        if (uri.isEmpty()) {
            return Result.error("type a libvirt URI, e.g. qemu+tls://host.example.com/system");
        }
        if (uri.chars().anyMatch(Character::isWhitespace)) {
            return Result.error("a URI holds no spaces");
        }
        if (!SCHEME.matcher(uri).matches()) {
            return Result.error("a libvirt URI starts with a driver and ':/', e.g. qemu:///system or test:///default");
        }
        return Result.ok(uri);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
