#!/bin/busybox sh
# /init of the pvdm lab guest: runs as PID 1 from the initramfs, busybox only.
# build-guest.sh copies this file to /init. What it does is documented in
# README.md next to it. Every line for the host starts with "pvdm-lab:".
/bin/busybox --install -s /bin
PATH=/bin
export PATH
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
# The console is the serial port (console=ttyS0): everything goes there.
exec </dev/console >/dev/console 2>&1

log() { echo "pvdm-lab: $*"; }
uptime_s() { read -r up _ </proc/uptime; echo "${up}s"; }
log "init start at uptime $(uptime_s), kernel $(uname -r), $(cat /etc/pvdm-lab.version)"

# Parameters from the kernel command line (pvdm.ip=ADDR/PREFIX pvdm.peer=ADDR).
IP=
PEER=
for a in $(cat /proc/cmdline); do
    case $a in
        pvdm.ip=*) IP=${a#*=} ;;
        pvdm.peer=*) PEER=${a#*=} ;;
    esac
done

# Modules in dependency order (computed at build time from modules.dep).
# A PCI driver with no matching device still loads: that is fine.
while read -r m; do
    if err=$(insmod "/lib/modules/$m" 2>&1); then
        log "insmod ${m%.ko} ok"
    else
        log "insmod ${m%.ko} FAILED: $err"
    fi
done </etc/modules.order

# The QEMU guest agent on its virtio-serial port (org.qemu.guest_agent.0 in the
# lab XML). No udev here, so the port is found by its name in sysfs.
GA=
for p in /sys/class/virtio-ports/*; do
    [ "$(cat "$p/name" 2>/dev/null)" = org.qemu.guest_agent.0 ] && GA=/dev/$(basename "$p")
done
if [ -n "$GA" ] && [ -x /sbin/qemu-ga ]; then
    if /sbin/qemu-ga -d -m virtio-serial -p "$GA" -f /tmp/qemu-ga.pid -t /tmp; then
        log "guest agent started on $GA"
    else
        log "guest agent FAILED to start on $GA"
    fi
else
    log "no guest agent channel (org.qemu.guest_agent.0): agent not started"
fi

# ACPI shutdown: button.ko turns the ACPI power button into an input device,
# evdev exposes it as /dev/input/eventN, busybox acpid reads it and runs
# /etc/acpi/PWRF/00000080, which calls poweroff -f (there is no init to signal).
if ls /dev/input/event* >/dev/null 2>&1; then
    acpid -c /etc/acpi -l /dev/null -p /tmp/acpid.pid && log "acpid started (ACPI power button -> poweroff -f)"
else
    log "no input event device: ACPI shutdown (virsh shutdown) will NOT work"
fi

# Wait for whichever disk appears (virtio-blk: vda, IDE/SATA/SCSI: sda).
# ata_piix probes asynchronously, so give it time.
DISK=
i=0
while [ $i -lt 30 ]; do
    for d in vda sda; do
        if [ -b /dev/$d ]; then DISK=$d; break 2; fi
    done
    sleep 0.5
    i=$((i + 1))
done
if [ -n "$DISK" ]; then
    drv=$(basename "$(readlink /sys/block/$DISK/device/driver)")
    SECTORS=$(cat /sys/block/$DISK/size)
    log "data disk /dev/$DISK driver=$drv size=$((SECTORS / 2048))MiB"
else
    # Say why when we can: a virtio block device (PCI 1af4:1001 legacy,
    # 1af4:1042 modern) with no driver is the classic "initramfs lacks
    # virtio_blk" failure a switch to virtio can cause.
    why=
    for p in /sys/bus/pci/devices/*; do
        case "$(cat $p/vendor):$(cat $p/device)" in
            0x1af4:0x1001|0x1af4:0x1042)
                [ -e /lib/modules/virtio_blk.ko ] || why=": a virtio disk is attached but this initramfs has no virtio_blk driver" ;;
        esac
    done
    log "no data disk found (looked for /dev/vda and /dev/sda for 15s)$why"
fi

# The NIC is eth0 whatever its model; static address from the command line.
i=0
while [ ! -e /sys/class/net/eth0 ] && [ $i -lt 20 ]; do sleep 0.5; i=$((i + 1)); done
NIC=
if [ -e /sys/class/net/eth0 ]; then
    NIC=eth0
    ip link set lo up
    ip link set eth0 up
    [ -n "$IP" ] && ip addr add "$IP" dev eth0
    drv=$(basename "$(readlink /sys/class/net/eth0/device/driver)")
    log "nic eth0 driver=$drv mac=$(cat /sys/class/net/eth0/address) ip=${IP:-none} peer=${PEER:-none}"
else
    log "no NIC found (eth0)"
fi

# --- Workload (documented in README.md); each part loops forever. ---
if [ -n "$DISK" ] && [ "$SECTORS" -lt 2048 ]; then
    log "data disk /dev/$DISK is smaller than 1 MiB: no disk workload"
    DISK=
fi
if [ -n "$DISK" ]; then
    BLOCKS=$((SECTORS / 8))   # 4 KiB blocks on the disk
    # O_DIRECT so every request reaches the virtual device; if this busybox
    # could not do it, fall back to dropping the page cache before each read.
    if dd if=/dev/$DISK of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null; then
        DIN=iflag=direct DOUT=oflag=direct
        log "disk I/O uses O_DIRECT"
    else
        DIN= DOUT=conv=fsync
        log "no O_DIRECT: dropping caches instead"
    fi
    nocache() { [ -n "$DIN" ] || echo 3 >/proc/sys/vm/drop_caches; }
    # (1) random 4 KiB: a run of 64 reads of 4 KiB from a random offset, then
    # 64 writes of 4 KiB (zeros) at another. O_DIRECT and synchronous, so each
    # 4 KiB is one request to the device; runs of 64 keep the cost of starting
    # dd (large under TCG) out of the I/O rate.
    (while :; do
        nocache
        dd if=/dev/$DISK of=/dev/null bs=4k count=64 $DIN 2>/dev/null \
            skip=$(((RANDOM * 32768 + RANDOM) % (BLOCKS - 64)))
        dd if=/dev/zero of=/dev/$DISK bs=4k count=64 $DOUT conv=notrunc 2>/dev/null \
            seek=$(((RANDOM * 32768 + RANDOM) % (BLOCKS - 64)))
    done) &
    # (2) sequential 1 MiB reads of the whole disk, over and over.
    (while :; do
        nocache
        dd if=/dev/$DISK of=/dev/null bs=1M $DIN 2>/dev/null
    done) &
fi
if [ -n "$NIC" ] && [ -n "$PEER" ]; then
    # (3) ICMP echo, 1400-byte payload, next request as soon as the reply
    # arrives (-A): tx and rx bytes with no listener needed on the peer; if the
    # peer does not answer, ping still sends one request per second.
    (while :; do ping -q -A -s 1400 "$PEER" >/dev/null 2>&1; sleep 1; done) &
fi
log "workload started at uptime $(uptime_s): disk=${DISK:-none} nic=${NIC:-none} peer=${PEER:-none}"

# Progress every 5 s: cumulative counters as the guest sees them.
while :; do
    sleep 5
    read -r up _ </proc/uptime
    line="t=${up%.*}s"
    if [ -n "$DISK" ]; then
        set -- $(cat /sys/block/$DISK/stat)
        line="$line $DISK rd_ios=$1 rd_kib=$(($3 / 2)) wr_ios=$5 wr_kib=$(($7 / 2))"
    fi
    if [ -n "$NIC" ]; then
        line="$line eth0 rx_bytes=$(cat /sys/class/net/eth0/statistics/rx_bytes) tx_bytes=$(cat /sys/class/net/eth0/statistics/tx_bytes)"
    fi
    log "$line"
done
