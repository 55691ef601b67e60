#!/bin/sh
# setup-host.sh: make sure a working libvirtd with the QEMU driver answers on
# qemu:///system (Debian 12). Idempotent: on a host where libvirtd already runs
# it only checks the connection; it never edits /etc/libvirt.
#
# Exit: 0 ok (last stdout line starts "setup-host: ok"), 2 needs root (the
# exact command to run is printed), 1 anything else. Errors: one line on stderr.
set -u

PKGS="libvirt0 libvirt-clients libvirt-daemon-system libvirt-daemon-driver-qemu qemu-system-x86 qemu-utils libxml2-utils cpio"
URI=qemu:///system
WAIT=3    # seconds to wait for an already running libvirtd to answer

die() { echo "setup-host: $1" >&2; exit "${2:-1}"; }
is_root() { [ "$(id -u)" -eq 0 ]; }
# systemd as PID 1 is detected the way sd_booted() does it.
has_systemd() { [ -d /run/systemd/system ]; }

# True when a process with this exact command name runs (no procps needed).
running() {
    for c in /proc/[0-9]*/comm; do
        [ "$(cat "$c" 2>/dev/null)" = "$1" ] && return 0
    done
    return 1
}

# 1. Packages: install only what is missing, apt-get update at most once.
missing=""
for p in $PKGS; do
    # captured, not piped into grep -q: a pipe's status depends on SIGPIPE timing under pipefail
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in *'install ok installed') ;; *) missing="$missing $p" ;; esac
done
if [ -n "$missing" ]; then
    is_root || die "missing packages:$missing; run as root: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y$missing" 2
    echo "setup-host: installing$missing"
    apt-get -q update >/dev/null \
        || die "apt-get update failed (network or apt sources?)"
    DEBIAN_FRONTEND=noninteractive apt-get -q -y install $missing >/dev/null \
        || die "apt-get install$missing failed"
fi

# 2. Daemons. libvirtd already running: change nothing. virtlogd is needed to
# start any guest ("Failed to connect socket to .../virtlogd-sock"); under
# systemd it is socket-activated, so systemctl handles it.
if ! running libvirtd; then
    is_root || die "libvirtd is not running; run this script as root: sudo sh $0" 2
    if has_systemd; then
        systemctl start virtlogd.socket libvirtd.service \
            || die "systemctl start libvirtd failed (see journalctl -u libvirtd)"
    else
        if ! running virtlogd; then
            virtlogd -d </dev/null || die "virtlogd -d failed"
        fi
        libvirtd -d </dev/null || die "libvirtd -d failed (see /var/log/libvirt/libvirtd.log)"
    fi
    echo "setup-host: started libvirtd"
    WAIT=30   # a fresh libvirtd probes QEMU capabilities first: give it time
fi

# 3. Wait (bounded) until the QEMU driver answers.
i=0
while :; do
    out=$(timeout 10 virsh -c "$URI" version 2>&1) && break
    i=$((i + 1))
    [ "$i" -ge "$WAIT" ] && die "libvirtd does not answer on $URI after ${WAIT}s: $(echo "$out" | tail -n 1)"
    sleep 1
done
lib=$(echo "$out" | sed -n 's/^Using library: //p')
hv=$(echo "$out" | sed -n 's/^Running hypervisor: //p')
[ -n "$hv" ] || die "libvirtd answers on $URI but reports no hypervisor (QEMU driver missing?)"
echo "setup-host: ok: $URI answers ($lib, $hv)"
