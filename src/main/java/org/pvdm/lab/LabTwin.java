package org.pvdm.lab;


/** The lab's guests: same kernel, memory and vCPU; they differ in disk bus, NIC model, address and initramfs. */
public enum LabTwin {
    EMULATED("pvdm-lab-emulated", "ide", "hda", "e1000", 11, "initrd.img"),
    PV("pvdm-lab-pv", "virtio", "vda", "virtio", 12, "initrd.img"),
    NOVIRTIO("pvdm-lab-novirtio", "ide", "hda", "e1000", 13, "initrd-novirtio.img");

    public static final int MEMORY_MIB = 256;
    public static final int VCPUS = 1;
    public static final int DISK_MIB = 256;

    private final String guestName;
    private final String bus;
    private final String target;
    private final String nicModel;
    private final int host;
    private final String initrd;

    LabTwin(String guestName, String bus, String target, String nicModel, int host, String initrd) {
        this.guestName = guestName;
        this.bus = bus;
        this.target = target;
        this.nicModel = nicModel;
        this.host = host;
        this.initrd = initrd;
    }

    public String guestName() { return guestName; }
    public String role() { return name().toLowerCase(java.util.Locale.ROOT); }
    public String bus() { return bus; }
    public String target() { return target; }
    public String nicModel() { return nicModel; }
    public String initrd() { return initrd; }

    /** The guest's address on the lab bridge, e.g. 10.77.0.11. */
    public String ip() { return LabNet.PREFIX + host; }

    /** A fixed MAC ending in the address's last number, so the twins' NICs keep their names (pvdm names a NIC by its MAC) across runs. */
    public String mac() { return String.format("52:54:00:77:00:%02d", host); }

    /** The data disk image's file name inside the lab directory. */
    public String imageName() { return role() + ".raw"; }
}
