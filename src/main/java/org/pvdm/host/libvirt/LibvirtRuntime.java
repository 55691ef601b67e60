package org.pvdm.host.libvirt;

import org.libvirt.Connect;
import org.libvirt.ErrorCallback;
import org.libvirt.Library;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process-wide libvirt set-up, done once and lazily: silence libvirt's default error printer (errors reach us
 * as exceptions), register libvirt's default event loop (needed for lifecycle events and keepalives; must
 * happen before the first connection is opened) and run it on a daemon thread.
 */
final class LibvirtRuntime {

    /** Asked when needed: loading libvirt starts on a spare thread before logging is set up (Warmup). */
    private static Logger log() {
        return LoggerFactory.getLogger(LibvirtRuntime.class);
    }
    /** Held for the life of the process: JNA must not lose the native callback. */
    private static final ErrorCallback SILENT = new ErrorCallback();
    private static final Object LOCK = new Object();
    private static boolean started;
    private static Throwable missing;

    private LibvirtRuntime() {}

    /**
     * Starts libvirt once.
     *
     * @return null when libvirt is usable, else what went wrong loading it (libvirt.so.0 missing...)
     */
    static Throwable start() {
        synchronized (LOCK) {
            if (started || missing != null) {
                return missing;
            }
            try {
                Connect.setErrorCallback(SILENT);
                Library.initEventLoop();
                Thread loop = new Thread(LibvirtRuntime::runLoop, "libvirt-event-loop");
                loop.setDaemon(true);
                loop.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopLoop(loop), "libvirt-event-loop-stop"));
                started = true;
                log().debug("libvirt {} loaded, event loop running", Library.getVersion());
            } catch (LinkageError e) {
                missing = e;
                log().debug("libvirt client library not usable", e);
            } catch (LibvirtException e) {
                // no event loop: connections still work, only lifecycle events do not
                started = true;
                log().warn("cannot start libvirt's event loop, guest events will not be seen: {}",
                        LibvirtErrors.reason(e));
            }
            return missing;
        }
    }

    /**
     * Lets the event loop thread leave libvirt's poll before the JVM exits: the JVM waits up to 300 ms at exit
     * for any thread still in native code, which was a third of a short command's wall time.
     */
    private static void stopLoop(Thread loop) {
        try {
            Library.stopEventLoop();
            loop.join(200);
        } catch (LibvirtException | RuntimeException e) {
            log().debug("libvirt event loop did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runLoop() {
        while (true) {
            try {
                Library.runEventLoop();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (LibvirtException | RuntimeException e) {
                log().debug("libvirt event loop iteration failed", e);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }
}
