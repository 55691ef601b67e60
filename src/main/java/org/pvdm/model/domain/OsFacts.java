package org.pvdm.model.domain;

import java.util.List;
import java.util.Optional;
import org.pvdm.model.xml.XmlElement;

/** What the domain XML tells about the guest OS, firmware and boot. */
public final class OsFacts {
    /** libosinfo's namespace for its domain metadata. */
    public static final String LIBOSINFO_NS = "http://libosinfo.org/xmlns/libvirt/domain/1.0";

    private final Domain domain;

    OsFacts(Domain domain) {
        this.domain = domain;
    }

    private Optional<XmlElement> os() {
        return domain.root().child("os");
    }

    /** hvm, linux, xen, exe...; "" when absent. */
    public String type() {
        return os().flatMap(o -> o.child("type")).map(XmlElement::text).orElse("");
    }

    public String arch() {
        return os().flatMap(o -> o.child("type")).map(t -> t.attr("arch")).orElse("");
    }

    public String machine() {
        return os().flatMap(o -> o.child("type")).map(t -> t.attr("machine")).orElse("");
    }

    /** The {@code <os><boot dev=>} list in order (hd, cdrom, fd, network). */
    public List<String> bootDevices() {
        return os().map(o -> o.elements("boot").stream().map(b -> b.attr("dev")).filter(d -> d != null).toList())
                .orElse(List.of());
    }

    /** The libosinfo OS id, e.g. http://microsoft.com/win/2k8r2, from the domain metadata. */
    public Optional<String> libosinfoId() {
        Optional<XmlElement> metadata = domain.root().child("metadata");
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        for (XmlElement holder : metadata.get().elements()) {
            if (holder.localName().equals("libosinfo") && LIBOSINFO_NS.equals(holder.namespaceUri())) {
                for (XmlElement os : holder.elements()) {
                    if (os.localName().equals("os") && os.attr("id") != null) {
                        return Optional.of(os.attr("id"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The OS family as far as the XML tells. */
    public OsFamily family() {
        Optional<String> id = libosinfoId();
        if (id.isPresent()) {
            return OsFamily.fromLibosinfoId(id.get());
        }
        return OsFamily.UNKNOWN;
    }
}
