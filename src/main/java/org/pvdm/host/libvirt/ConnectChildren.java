package org.pvdm.host.libvirt;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes libvirt starts for a connection (ssh for the ssh transport). libvirt forks them as children of
 * this process and waits for them as long as the far side keeps the socket open, which a host that accepts and
 * never answers does forever: when pvdm gives up on a connection, it stops what that connection started.
 */
final class ConnectChildren {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectChildren.class);
    /** What libvirt's transports run locally (an {@code ext} command is the person's own and left alone). */
    private static final Set<String> TRANSPORT_PROGRAMS = Set.of("ssh", "nc", "netcat");

    private final Set<Long> before;

    private ConnectChildren(Set<Long> before) {
        this.before = before;
    }

    /**
     * Notes the children that exist before a connection to {@code uri} is opened. A local connection without a
     * transport (qemu:///system, test:///...) starts none, so nothing is noted: listing the children reads every
     * process of the machine.
     */
    static ConnectChildren snapshot(String uri) {
        if (Connector.hostOf(uri).isEmpty() && uri.indexOf('+') < 0) {
            return new ConnectChildren(null);
        }
        return new ConnectChildren(ProcessHandle.current().children().map(ProcessHandle::pid)
                .collect(Collectors.toSet()));
    }

    /**
     * Stops the transport processes started since the snapshot (and their own children); returns their pids.
     *
     * @param host the host the connection was for: only a process whose arguments name it is stopped, so a
     *             connection opened meanwhile to another host keeps its ssh
     */
    List<Long> stop(String host) {
        if (before == null) {
            return List.of();
        }
        List<ProcessHandle> mine = ProcessHandle.current().children()
                .filter(p -> !before.contains(p.pid()) && isTransportFor(p, host)).toList();
        for (ProcessHandle p : mine) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            boolean sent = p.destroyForcibly();
            LOG.debug("stopped {} (pid {}) left by the abandoned connection: {}", p.info().command().orElse("?"),
                    p.pid(), sent ? "killed" : "already gone");
        }
        return mine.stream().map(ProcessHandle::pid).toList();
    }

    private static boolean isTransportFor(ProcessHandle p, String host) {
        String cmd = p.info().command().orElse("");
        String name = cmd.substring(cmd.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!TRANSPORT_PROGRAMS.contains(name)) {
            return false;
        }
        if (host == null || host.isEmpty()) {
            return true;
        }
        String[] args = p.info().arguments().orElse(new String[0]);
        for (String a : args) {
            if (a.equals(host) || a.endsWith("@" + host)) {
                return true;
            }
        }
        // arguments are unreadable for some processes: a transport child born during this connect is still ours
        return args.length == 0;
    }
}
