package org.pvdm.host.libvirt;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.libvirt.Connect.OpenFlags;
import org.libvirt.LibvirtException;
import org.pvdm.host.CredentialPrompt;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a connection on a worker thread and waits a bounded time for it: a host that does not answer
 * (ssh to a dead address, a firewall dropping packets) fails after the timeout instead of hanging the caller.
 * A connection that arrives after the caller gave up is closed.
 */
final class Connector {

    private static final Logger LOG = LoggerFactory.getLogger(Connector.class);

    private Connector() {}

    /**
     * @param uri      the URI without a password (so that ssh's command line and libvirt's messages never hold one)
     * @param password the URI's password, handed to libvirt only through the auth callback; null when none
     */
    static PvdmConnect open(String uri, boolean writable, CredentialPrompt prompt, Duration timeout, String password)
            throws HostException {
        Throwable missing = LibvirtRuntime.start();
        if (missing != null) {
            throw ConnectErrors.nativeMissing(uri, missing);
        }
        checkNodeFile(uri);
        String effective = withNoTty(uri);
        PromptAuth auth = writable || prompt != null || password != null ? new PromptAuth(prompt, password) : null;
        int flags = writable ? 0 : OpenFlags.READONLY.getBit();
        ConnectChildren children = ConnectChildren.snapshot(uri);
        long start = System.nanoTime();
        CompletableFuture<PvdmConnect> early = EarlyOpen.claim(effective, flags, auth != null);
        CompletableFuture<PvdmConnect> result = early != null ? early : new CompletableFuture<>();
        if (early == null) {
            Thread worker = new Thread(() -> {
                try {
                    result.complete(new PvdmConnect(effective, auth, flags));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            }, "pvdm-connect");
            worker.setDaemon(true);
            worker.start();
        }
        try {
            while (true) {
                long spentOnPrompt = auth == null ? 0 : auth.promptNanos();
                long left = start + timeout.toNanos() + spentOnPrompt - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                try {
                    return result.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(250)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // loop: the deadline moves while a person is answering a prompt
                }
            }
        } catch (TimeoutException e) {
            abandon(result, uri, children);
            throw ConnectErrors.timeout(uri, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(result, uri, children);
            throw new HostException(Kind.TIMEOUT, "cannot connect to " + uri + ": interrupted (try again)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LibvirtException le) {
                throw ConnectErrors.map(uri, le, auth != null && auth.refused());
            }
            if (cause instanceof LinkageError) {
                throw ConnectErrors.nativeMissing(uri, cause);
            }
            throw new HostException(Kind.OTHER, "cannot connect to " + uri + ": " + cause, cause);
        }
    }

    /** Gives up on a connection: stops the ssh it started (else it lives as long as the far side lets it). */
    private static void abandon(CompletableFuture<PvdmConnect> result, String uri, ConnectChildren children) {
        List<Long> stopped = children.stop(hostOf(uri));
        if (!stopped.isEmpty()) {
            LOG.debug("gave up on {}: stopped its transport process(es) {}", uri, stopped);
        }
        result.thenAccept(late -> {
            LOG.debug("connection to {} arrived after the timeout: closing it", uri);
            try {
                late.close();
            } catch (LibvirtException e) {
                LOG.debug("closing late connection to {} failed", uri, e);
            }
        });
    }

    /** The host part of a URI ("" for a local one). */
    static String hostOf(String uri) {
        try {
            String h = new URI(uri).getHost();
            return h == null ? "" : h.startsWith("[") ? h.substring(1, h.length() - 1) : h;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** ssh must never wait for a password on a terminal nobody looks at: add no_tty=1 unless the URI says. */
    static String withNoTty(String uri) {
        if (!ConnectErrors.isSsh(uri) || uri.contains("no_tty=")) {
            return uri;
        }
        return uri + (uri.contains("?") ? "&" : "?") + "no_tty=1";
    }

    /** The test driver reads a node file: say clearly when it is missing (libxml2 would print to stderr). */
    static void checkNodeFile(String uri) throws HostException {
        if (!uri.startsWith("test:")) {
            return;
        }
        try {
            String path = new URI(uri).getPath();
            if (path != null && !path.isEmpty() && !path.equals("/default") && !Files.isReadable(Path.of(path))) {
                throw ConnectErrors.noNodeFile(uri, path);
            }
        } catch (URISyntaxException e) {
            // let libvirt say what is wrong with it
        }
    }
}
