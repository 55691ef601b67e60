package org.pvdm.host;

/** Which host a command talks to: --connect, else LIBVIRT_DEFAULT_URI, else the built-in demo host. */
public final class HostUris {
    private HostUris() {}

    public static String resolve(String connectOption) {
        if (connectOption != null && !connectOption.isBlank()) {
            return connectOption.equals("demo") ? DemoHost.uri() : connectOption;
        }
        String env = System.getenv("LIBVIRT_DEFAULT_URI");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return DemoHost.uri();
    }

    /** What a person calls the host behind a URI (never with its password). */
    public static String displayName(String uri) {
        return DemoHost.isDemo(uri) ? DemoHost.LABEL : UriPolicy.redact(uri);
    }
}
