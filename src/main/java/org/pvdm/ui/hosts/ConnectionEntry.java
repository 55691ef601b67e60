package org.pvdm.ui.hosts;

import org.pvdm.host.DemoHost;
import org.pvdm.host.UriPolicy;

/**
 * One entry of the connections list.
 *
 * @param uri      a libvirt URI, or {@link #DEMO} for the built-in demo host
 * @param readOnly true when the person asked for a read-only connection
 */
public record ConnectionEntry(String uri, boolean readOnly) {
    public static final String DEMO = "demo";
    private static final String RO = "ro:";

    public static ConnectionEntry demo() {
        return new ConnectionEntry(DEMO, false);
    }

    /** The entry for a URI given on the command line or remembered; the demo host's own URI maps to DEMO. */
    public static ConnectionEntry of(String uri) {
        if (uri == null || uri.isBlank() || DemoHost.isDemo(uri)) {
            return demo();
        }
        return new ConnectionEntry(uri.strip(), false);
    }

    public boolean isDemo() {
        return DEMO.equals(uri);
    }

    /** What the title bar, the list and the status bar call it: "demo host" or the URI. */
    public String label() {
        return isDemo() ? DemoHost.LABEL : UriPolicy.redact(uri);
    }

    /** The form kept in the settings file: never with a password. */
    public String stored() {
        return (readOnly ? RO : "") + UriPolicy.redact(uri);
    }

    public static ConnectionEntry parseStored(String s) {
        return s.startsWith(RO) ? new ConnectionEntry(s.substring(RO.length()), true) : of(s);
    }
}
