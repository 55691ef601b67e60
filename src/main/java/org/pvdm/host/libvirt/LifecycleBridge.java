package org.pvdm.host.libvirt;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.libvirt.LibvirtException;
import org.libvirt.event.DomainEventType;
import org.libvirt.event.LifecycleListener;
import org.pvdm.host.HostException;
import org.pvdm.host.LifecycleEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** libvirt lifecycle callbacks to {@link LifecycleEvent}s; runs on libvirt's event-loop thread. */
final class LifecycleBridge {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleBridge.class);

    private LifecycleBridge() {}

    /**
     * @param live the host's subscriptions: the returned one is in it until unsubscribed, so that closing the host
     *             removes any left (a connection closed with a listener still registered crashed the JVM in
     *             libvirt's event loop)
     */
    static AutoCloseable subscribe(LibvirtHost host, PvdmConnect conn, Consumer<LifecycleEvent> listener,
            java.util.Set<Runnable> live) throws HostException {
        LifecycleListener adapter = (domain, event) -> {
            try {
                listener.accept(new LifecycleEvent(domain.getUUIDString(), domain.getName(), type(event.getType())));
            } catch (LibvirtException | RuntimeException e) {
                LOG.warn("guest event listener failed: {}", e.toString());
            }
            return 0;
        };
        host.call("subscribe to guest events on " + host.displayName(), () -> {
            conn.addLifecycleListener(adapter);
            return null;
        });
        AtomicBoolean done = new AtomicBoolean();
        Runnable remove = () -> {
            if (done.compareAndSet(false, true)) {
                // held: never while the connection is being closed (libvirt crashed so)
                try (PvdmConnect.InUse u = conn.inUse()) {
                    if (conn.pointer() != null) {
                        conn.removeLifecycleListener(adapter);
                    }
                } catch (LibvirtException e) {
                    LOG.debug("unsubscribing from guest events failed: {}", LibvirtErrors.reason(e));
                }
            }
        };
        live.add(remove);
        return () -> {
            live.remove(remove);
            remove.run();
        };
    }

    static LifecycleEvent.Type type(DomainEventType t) {
        if (t == null) {
            return LifecycleEvent.Type.OTHER;
        }
        try {
            return LifecycleEvent.Type.valueOf(t.name());
        } catch (IllegalArgumentException e) {
            return LifecycleEvent.Type.OTHER;
        }
    }
}
