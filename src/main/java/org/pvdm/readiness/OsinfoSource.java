package org.pvdm.readiness;

import java.util.Optional;

/** What libosinfo's database says about the in-box driver of the OS named in the guest's metadata. */
final class OsinfoSource {
    private final OsinfoDb db;

    OsinfoSource(OsinfoDb db) {
        this.db = db;
    }

    Evidence find(Optional<String> osId, PvKind kind) {
        if (osId.isEmpty()) {
            return new Evidence(Evidence.OSINFO, ReadyVerdict.UNKNOWN, "the definition names no OS (no libosinfo"
                    + " metadata)");
        }
        if (!db.present()) {
            return new Evidence(Evidence.OSINFO, ReadyVerdict.UNKNOWN, "libosinfo's database is not installed"
                    + " (apt-get install osinfo-db) to look up " + osId.get());
        }
        Optional<OsinfoDb.Os> os = db.os(osId.get());
        if (os.isEmpty()) {
            return new Evidence(Evidence.OSINFO, ReadyVerdict.UNKNOWN, osId.get() + " is not in libosinfo's database");
        }
        String what = device(kind);
        Optional<String> hit = kind.osinfoIds().stream().filter(os.get().devices()::contains).findFirst();
        if (hit.isPresent()) {
            return new Evidence(Evidence.OSINFO, ReadyVerdict.READY, os.get().name() + " supports " + what
                    + " in-box (osinfo-db lists " + hit.get().substring("http://pcisig.com/pci/".length()) + ")");
        }
        return new Evidence(Evidence.OSINFO, ReadyVerdict.NOT_READY, os.get().name() + " has no in-box " + what
                + " driver (osinfo-db lists none of " + String.join(", ", kind.pciDevices().stream()
                .map(d -> PvKind.VIRTIO_VENDOR + "/" + d).toList()) + ")");
    }

    static String device(PvKind kind) {
        return switch (kind) {
            case DISK -> "virtio-blk";
            case NIC -> "virtio-net";
            case SCSI -> "virtio-scsi";
        };
    }
}
