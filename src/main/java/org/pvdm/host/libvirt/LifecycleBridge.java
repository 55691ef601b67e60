package org.pvdm.host.libvirt;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.libvirt.Connect;
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

    static AutoCloseable subscribe(LibvirtHost host, Connect conn, Consumer<LifecycleEvent> listener)
            throws HostException {
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
        return () -> {
            if (done.compareAndSet(false, true)) {
                try {
                    // through the host's call: never while the connection is being closed (libvirt crashed so)
                    host.call("unsubscribe from guest events", () -> {
                        conn.removeLifecycleListener(adapter);
                        return null;
                    });
                } catch (HostException e) {
                    LOG.debug("unsubscribing from guest events failed: {}", e.getMessage());
                }
            }
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
