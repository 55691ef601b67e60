#!/bin/sh
# build-guest.sh OUTDIR [--variant no-virtio]
#
# Builds the pvdm lab guest from Debian packages only (apt-get download of the
# current linux-image-*-amd64 and busybox-static, nothing else):
#   OUTDIR/vmlinuz              the Debian kernel
#   OUTDIR/initrd.img           cpio initramfs: busybox, /init (guest-init.sh), modules
#   OUTDIR/initrd-novirtio.img  with --variant no-virtio: the same without virtio_blk
#   OUTDIR/stamp                package versions the outputs were built from
# Outputs are world-readable: guests run as libvirt-qemu, which must read them.
# Cached: nothing is done when the outputs exist and the stamp matches the
# current candidate versions and the sha256 of this script and guest-init.sh.
# (A content hash, not mtimes: the app re-extracts these scripts from its jar,
# which makes them look new on every run.)
# Errors: one line "build-guest: ..." on stderr, exit 1 (2 for bad usage).
set -eu

die() { echo "build-guest: $1" >&2; exit "${2:-1}"; }
HERE=$(cd "$(dirname "$0")" && pwd)
SELF=$HERE/$(basename "$0")
INIT=$HERE/guest-init.sh

[ $# -ge 1 ] || die "usage: build-guest.sh OUTDIR [--variant no-virtio]" 2
OUT=$1
shift
NOVIRTIO=0
case "$*" in
    "") ;;
    "--variant no-virtio") NOVIRTIO=1 ;;
    *) die "unknown arguments: $* (usage: build-guest.sh OUTDIR [--variant no-virtio])" 2 ;;
esac
[ -r "$INIT" ] || die "missing $INIT: it must sit next to build-guest.sh"
for t in apt-get apt-cache dpkg-deb cpio gzip awk find sort sha256sum; do
    command -v "$t" >/dev/null 2>&1 || die "missing tool '$t' (cpio: apt-get install cpio)"
done

# Drivers the guest needs; their dependencies are added from modules.dep.
#  virtio_pci virtio_blk virtio_net : paravirtual disk and NIC
#  ata_piix sd_mod                  : emulated IDE disk (pulls libata, scsi_mod, scsi_common)
#  ahci                             : emulated SATA disk (bus='sata', the q35 default)
#  e1000 8139cp 8139too             : emulated NICs (QEMU e1000, rtl8139)
#  crct10dif_generic crc64_rocksoft_generic : crypto behind sd_mod's t10-pi, loaded up
#                                     front since the guest has no modprobe to fetch them
#  button evdev                     : ACPI power button as /dev/input/event* for acpid
#  virtio_console                   : the virtio-serial port the QEMU guest agent talks on
WANT="virtio_pci virtio_blk virtio_net crct10dif_generic crc64_rocksoft_generic
      ata_piix ahci sd_mod e1000 8139cp 8139too button evdev virtio_console"
# The QEMU guest agent (qemu-ga) and the shared libraries it links, from the
# packages Debian's qemu-guest-agent depends on (libpcre2 comes with glib). ld.so checks below that every library resolves.
AGENT_PKGS="qemu-guest-agent libc6 libglib2.0-0 libnuma1 libudev1 liburing2 libpcre2-8-0"

# The current full kernel: what the linux-image-amd64 metapackage depends on
# (not -cloud: it lacks e1000 and rtl8139 drivers).
KPKG=$(apt-cache depends linux-image-amd64 2>/dev/null \
    | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*-amd64\)$/\1/p' | head -n 1)
[ -n "$KPKG" ] || die "cannot resolve linux-image-*-amd64 with apt-cache (run apt-get update?)"
# One apt-cache call for all candidates (each call costs about a second).
POLICY=$(apt-cache policy "$KPKG" busybox-static $AGENT_PKGS 2>/dev/null)
cand() { echo "$POLICY" | awk -v p="$1:" '/^[^ ]/ { cur = $1 } cur == p && $1 == "Candidate:" { print $2 }'; }
KVER=$(cand "$KPKG")
BBVER=$(cand busybox-static)
[ -n "$KVER" ] && [ "$KVER" != "(none)" ] || die "no candidate version for $KPKG"
[ -n "$BBVER" ] && [ "$BBVER" != "(none)" ] || die "no candidate version for busybox-static"
VERSIONS="$KPKG=$KVER busybox-static=$BBVER"
AGENT_SPECS=
for p in $AGENT_PKGS; do
    v=$(cand "$p")
    [ -n "$v" ] && [ "$v" != "(none)" ] || die "no candidate version for $p"
    AGENT_SPECS="$AGENT_SPECS $p=$v"
done
VERSIONS="$VERSIONS$AGENT_SPECS"
SCRIPTS=$(cat "$SELF" "$INIT" | sha256sum | cut -c1-16)
STAMP="$VERSIONS scripts=$SCRIPTS"

OUTPUTS="vmlinuz initrd.img"
[ $NOVIRTIO = 1 ] && OUTPUTS="$OUTPUTS initrd-novirtio.img"
fresh() {
    [ "$(cat "$OUT/stamp" 2>/dev/null)" = "$STAMP" ] || return 1
    for f in $OUTPUTS; do [ -s "$OUT/$f" ] || return 1; done
}
mkdir -p "$OUT" 2>/dev/null || die "cannot create $OUT"
OUT=$(cd "$OUT" && pwd)   # absolute: the build below runs in a work directory
if fresh; then
    echo "build-guest: up to date: $OUT ($VERSIONS)"
    exit 0
fi

W=$(mktemp -d "$OUT/.build.XXXXXX") || die "cannot create a work directory in $OUT"
trap 'rm -rf "$W"' EXIT
cd "$W"

echo "build-guest: downloading $VERSIONS"
# As root apt drops to user _apt, which cannot write into this 0700 directory.
SANDBOX=
[ "$(id -u)" -eq 0 ] && SANDBOX="-o APT::Sandbox::User=root"
apt-get -q $SANDBOX download "$KPKG=$KVER" "busybox-static=$BBVER" $AGENT_SPECS >dl.log 2>&1 \
    || die "apt-get download failed: $(tail -n 1 dl.log)"
dpkg-deb -x "$KPKG"_*.deb k || die "cannot unpack $KPKG"
dpkg-deb -x busybox-static_*.deb bb || die "cannot unpack busybox-static"
for p in $AGENT_PKGS; do
    dpkg-deb -x "$p"_*.deb ga || die "cannot unpack $p"
done
BB=$W/bb/bin/busybox
KREL=$(ls k/lib/modules)
[ -f "k/boot/vmlinuz-$KREL" ] || die "no k/boot/vmlinuz-$KREL in $KPKG"

# The .deb ships no modules.dep (its postinst runs depmod): make one with the
# static busybox we just unpacked, so the host needs no kmod.
"$BB" depmod -b "$W/k" "$KREL" || die "busybox depmod failed"
MD=k/lib/modules/$KREL

# Load order: depth-first over modules.dep, dependencies before dependents,
# each module once. Module names compare with '-' and '_' as equal.
awk -v want="$WANT" '
    function norm(s) { sub(/.*\//, "", s); sub(/\.ko.*$/, "", s); gsub(/-/, "_", s); return s }
    function visit(p,   n, i, d) {
        if (p in seen) return
        seen[p] = 1
        n = split(deps[p], d, " ")
        for (i = 1; i <= n; i++) visit(d[i])
        print p
    }
    { p = $1; sub(/:$/, "", p); $1 = ""; deps[p] = $0; path[norm(p)] = p }
    END {
        n = split(want, w, " ")
        for (i = 1; i <= n; i++) {
            if (!(w[i] in path)) { print "MISSING " w[i]; exit 1 }
            visit(path[w[i]])
        }
    }' "$MD/modules.dep" >order.txt || die "module not in $KPKG: $(grep MISSING order.txt)"

# Root tree of the initramfs. Modules go flat into /lib/modules, listed in
# load order in /etc/modules.order.
R=$W/root
mkdir -p "$R/bin" "$R/lib/modules" "$R/etc/acpi/PWRF" "$R/proc" "$R/sys" "$R/dev" "$R/tmp"
cp "$BB" "$R/bin/busybox"
cp "$INIT" "$R/init"
echo "pvdm-lab guest $VERSIONS" >"$R/etc/pvdm-lab.version"
cat >"$R/etc/acpi/PWRF/00000080" <<'EOF'
#!/bin/sh
# Run by busybox acpid on the ACPI power button (virsh shutdown).
echo "pvdm-lab: ACPI power button: powering off" >/dev/console
sync
poweroff -f
EOF
chmod 755 "$R/init" "$R/bin/busybox" "$R/etc/acpi/PWRF/00000080"

# The guest agent: qemu-ga with its libraries in /lib, the loader where the
# binary expects it. guest-get-osinfo reads /etc/os-release: say what this is.
mkdir -p "$R/sbin" "$R/lib64" "$R/lib/x86_64-linux-gnu" "$R/var/run"
cp ga/usr/sbin/qemu-ga "$R/sbin/qemu-ga"
# (ga/lib64's loader is an absolute symlink into the HOST: take the real file.)
LD=$(find ga -path '*x86_64-linux-gnu/ld-linux-x86-64.so.2' -type f | head -n 1)
[ -n "$LD" ] || die "qemu-guest-agent: no ld-linux-x86-64.so.2 in libc6"
cp "$LD" "$R/lib64/ld-linux-x86-64.so.2"
GALIBS="libc.so.6 libm.so.6 libglib-2.0.so.0 libgmodule-2.0.so.0 libnuma.so.1 libudev.so.1 liburing.so.2
        libpcre2-8.so.0"
for l in $GALIBS; do
    # Resolve a relative symlink (libfoo.so.1 -> libfoo.so.1.2.3) inside the unpacked tree only.
    f=$(find ga -name "$l" | head -n 1)
    [ -n "$f" ] || die "qemu-guest-agent: $l not found in $AGENT_PKGS"
    [ -L "$f" ] && f=$(dirname "$f")/$(basename "$(readlink "$f")")
    [ -f "$f" ] && [ ! -L "$f" ] || die "qemu-guest-agent: $l is not a plain file in the packages"
    cp "$f" "$R/lib/x86_64-linux-gnu/$l"
done
# Every library qemu-ga needs must resolve inside the initramfs.
"$R/lib64/ld-linux-x86-64.so.2" --library-path "$R/lib/x86_64-linux-gnu" --list "$R/sbin/qemu-ga" >ldd.txt 2>&1 \
    || die "qemu-ga does not link inside the initramfs: $(tail -n 1 ldd.txt)"
grep -q 'not found' ldd.txt && die "qemu-ga misses a library: $(grep 'not found' ldd.txt | head -n 1)"
chmod 755 "$R/sbin/qemu-ga" "$R/lib64/ld-linux-x86-64.so.2"
cat >"$R/etc/os-release" <<EOF
NAME="pvdm lab guest"
ID=pvdm-lab
ID_LIKE=debian
PRETTY_NAME="pvdm lab guest (Debian kernel $KREL, busybox)"
VERSION_ID="1"
EOF
: >"$R/etc/modules.order"
while read -r p; do
    cp "$MD/$p" "$R/lib/modules/"
    basename "$p" >>"$R/etc/modules.order"
done <order.txt

pack() { # $1 = output file name; packs $R
    (cd "$R" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) | gzip -9 >"$1.tmp" \
        || die "cpio/gzip failed for $1"
}
pack initrd.img
NMOD=$(wc -l <"$R/etc/modules.order")
if [ $NOVIRTIO = 1 ]; then
    # Identical but without virtio_blk: a guest on a virtio disk finds no disk.
    rm "$R/lib/modules/virtio_blk.ko"
    grep -vx virtio_blk.ko "$R/etc/modules.order" >order.tmp && mv order.tmp "$R/etc/modules.order"
    pack initrd-novirtio.img
fi
cp "k/boot/vmlinuz-$KREL" vmlinuz.tmp

# Publish: world-readable files, then the stamp last. A stale no-virtio image
# from an older kernel must not survive next to a new vmlinuz.
[ $NOVIRTIO = 1 ] || rm -f "$OUT/initrd-novirtio.img"
for f in $OUTPUTS; do
    chmod 644 "$f.tmp" && mv "$f.tmp" "$OUT/$f" || die "cannot write $OUT/$f"
done
echo "$STAMP" >"$OUT/stamp"
chmod 755 "$OUT"
chmod 644 "$OUT/stamp"
echo "build-guest: built $OUTPUTS in $OUT ($VERSIONS, kernel $KREL, $NMOD modules)"
