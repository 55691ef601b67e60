package org.pvdm.host;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What pvdm lets a libvirt URI do, depending on where it came from.
 *
 * <p>A URI typed by the person running pvdm (--connect, $LIBVIRT_DEFAULT_URI, the "Add connection" dialog) is
 * theirs: it may carry any option. A URI read from a file (a plan, the GUI's remembered connections, the lab's
 * state) is not: libvirt's remote driver runs programs and opens paths named in the URI (the {@code ext}
 * transport runs {@code command=}; {@code netcat=}, {@code socket=} and {@code proxy=} shape the command run
 * on the far side; {@code keyfile=}, {@code pkipath=}, {@code known_hosts=} open local files; {@code name=},
 * {@code mode=}, {@code sshauth=}, {@code auth=}, {@code no_verify=}, {@code known_hosts_verify=},
 * {@code tls_priority=} weaken or redirect the connection). So a file's URI may name a driver, a transport
 * that runs nothing but ssh, a user and a host, and nothing else: no query, no password, and for the test
 * driver (which reads the file the path names) only the demo host or {@code test:///default}.
 *
 * <p>Passwords: {@code user:secret@host} is never needed (credentials go through libvirt's auth callback) and
 * never stored or printed: {@link #redact} removes it from anything shown or saved.
 */
public final class UriPolicy {
    /** driver[+transport]://[userinfo@][host][:port][/path][?query][#fragment] */
    private static final Pattern SHAPE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9.-]*)(?:\\+([A-Za-z0-9]+))?://([^/?#]*)(/[^?#]*)?(\\?[^#]*)?(#.*)?");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]*");
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9][A-Za-z0-9.-]*|\\[[0-9A-Fa-f:.]+])(?::[0-9]{1,5})?");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._/-]*");
    private static final Set<String> FILE_TRANSPORTS = Set.of("", "unix", "ssh", "libssh", "libssh2", "tls", "tcp");

    private UriPolicy() {}

    /**
     * Why a URI read from a file may not be used, or empty when it may.
     *
     * @param uri the URI as the file holds it
     */
    public static Optional<String> fileProblem(String uri) {
        if (uri == null || uri.isBlank()) {
            return Optional.of("it names no host");
        }
        if (uri.equals("demo") || uri.equals("test:///default") || uri.equals(DemoHost.uri())) {
            return Optional.empty();
        }
        if (uri.length() > 512 || uri.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            return Optional.of("it holds spaces, control or non-ASCII characters");
        }
        Matcher m = SHAPE.matcher(uri);
        if (!m.matches()) {
            return Optional.of("it is not a libvirt URI of the form driver[+transport]://[user@]host/path");
        }
        String driver = m.group(1).toLowerCase(Locale.ROOT);
        String transport = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        if (transport.equals("ext")) {
            return Optional.of("its 'ext' transport runs a program the URI names");
        }
        if (!FILE_TRANSPORTS.contains(transport)) {
            return Optional.of("its transport '" + transport + "' is not one pvdm accepts from a file"
                    + " (unix, ssh, libssh, libssh2, tls, tcp)");
        }
        if (m.group(6) != null) {
            return Optional.of("it carries a '#' fragment, which no libvirt URI needs");
        }
        if (m.group(5) != null) {
            return Optional.of("it carries options after '?' (" + optionNames(m.group(5)) + "), which can run a"
                    + " program or open a file; a file's URI may name a host, never options");
        }
        String authority = m.group(3);
        String host = authority;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String user = authority.substring(0, at);
            host = authority.substring(at + 1);
            if (user.contains(":")) {
                return Optional.of("it holds a password");
            }
            if (!USER.matcher(user).matches()) {
                return Optional.of("its user name '" + user + "' holds characters other than letters, digits, '.', '_', '-'");
            }
        }
        if (!host.isEmpty() && !HOST.matcher(host).matches()) {
            return Optional.of("its host '" + host + "' is not a host name or address");
        }
        String path = m.group(4) == null ? "" : m.group(4);
        if (!path.isEmpty() && !PATH.matcher(path).matches()) {
            return Optional.of("its path holds characters other than letters, digits, '.', '_', '-', '/'");
        }
        if (driver.equals("test")) {
            return Optional.of("the test driver reads the file its path names; only the demo host and"
                    + " test:///default are accepted from a file");
        }
        return Optional.empty();
    }

    private static String optionNames(String query) {
        StringBuilder sb = new StringBuilder();
        for (String part : query.substring(1).split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = (eq < 0 ? part : part.substring(0, eq)).replaceAll("[^A-Za-z0-9_]", "?");
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(name.length() > 24 ? name.substring(0, 24) + "…" : name).append('=');
            if (sb.length() > 120) {
                sb.append(", …");
                break;
            }
        }
        return sb.toString();
    }

    /** The URI without a password in its user part: what may be shown, logged or saved. */
    public static String redact(String uri) {
        int[] u = userinfo(uri);
        if (u == null) {
            return uri;
        }
        int colon = uri.indexOf(':', u[0]);
        String user = uri.substring(u[0], colon);
        return uri.substring(0, u[0]) + (user.isEmpty() ? "" : user + "@") + uri.substring(u[1] + 1);
    }

    /** The password in a URI's user part (percent-decoding left as is), or empty. */
    public static Optional<String> password(String uri) {
        int[] u = userinfo(uri);
        return u == null ? Optional.empty() : Optional.of(uri.substring(uri.indexOf(':', u[0]) + 1, u[1]));
    }

    /** Start and '@' index of a user part holding a ':' (a password), or null. */
    private static int[] userinfo(String uri) {
        if (uri == null) {
            return null;
        }
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int start = scheme + 3;
        int end = start;
        while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
            end++;
        }
        int at = uri.lastIndexOf('@', end - 1);
        if (at < start) {
            return null;
        }
        int colon = uri.indexOf(':', start);
        return colon >= 0 && colon < at ? new int[] {start, at} : null;
    }

    /** Every occurrence of the URI's password in a text (a libvirt message, a command line) replaced. */
    public static String scrub(String text, String uri) {
        if (text == null) {
            return null;
        }
        Optional<String> secret = password(uri);
        String out = uri == null ? text : text.replace(uri, redact(uri));
        if (secret.isPresent() && !secret.get().isEmpty()) {
            out = out.replace(secret.get(), "***");
        }
        return out;
    }
}
