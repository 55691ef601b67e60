#!/usr/bin/env bash
# The .deb check of scripts/test: builds the packages (mvn -Pdist package, unless --no-build), then checks the
# .deb from the outside, as an admin gets it: its control data, that every desktop-integration file is in it,
# and, unpacked into a scratch root with dpkg-deb -x, that its bin/pvdm runs the CLI on libvirt's test driver
# with arguments and exit codes passed through, prints the help, and that the man page and completion work.
#   packaging/check-deb.sh [--no-build]
# Needs: JDK 17, Maven, fakeroot, asciidoctor, libvirt0 (scripts/test installs them). Ends with
# "deb check: N passed, N failed"; exit 1 when any check failed.
set -uo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$root"
t0=$(date +%s)
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "  ok   $*"; }
bad() { fail=$((fail + 1)); echo "  FAIL $*"; }
check() { local what=$1; shift; if "$@" >/dev/null 2>&1; then ok "$what"; else bad "$what"; fi; }

if [ "${1:-}" != "--no-build" ]; then
  echo "deb check: building the .deb (mvn -B -Pdist -DskipTests -Ddist.rpm=false package)"
  log=target/dist-build.log
  mkdir -p target
  # the .rpm is not this check's business: build only the .deb, on any machine
  if ! mvn -B -Pdist -DskipTests -Ddist.rpm=false package >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "deb check: the package build failed (full log: $log)"
    echo "deb check: 0 passed, 1 failed"
    exit 1
  fi
  grep '^packaging:' "$log"
  echo "deb check: built in $(( $(date +%s) - t0 ))s"
fi

debs=(target/dist/pvdm_*_amd64.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "deb check: expected one target/dist/pvdm_*_amd64.deb, found: ${debs[*]}"
  echo "deb check: 0 passed, 1 failed"
  exit 1
fi
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
echo "deb check: $deb ($(du -h "$deb" | cut -f1), version $version)"

# --- control data ----------------------------------------------------------------------------------------
check "Package is pvdm" test "$(dpkg-deb -f "$deb" Package)" = pvdm
depends=$(dpkg-deb -f "$deb" Depends)
check "Depends names libvirt0" grep -Eq '(^|, )libvirt0(,|$| )' <<<"$depends"
check "Depends names libgtk-3-0 (JavaFX)" grep -Eq '(^|, )libgtk-3-0(,|$| )' <<<"$depends"
# Listings are captured whole before grep reads them: `cmd | grep -q` under pipefail fails at random when
# grep exits at its match and cmd dies of SIGPIPE writing the rest.
has_md5sums() { local ctrl; ctrl=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t) && grep -qx './md5sums' <<<"$ctrl"; }
check "has md5sums" has_md5sums

# --- contents --------------------------------------------------------------------------------------------
listing=$(dpkg-deb -c "$deb" | awk '{ $1=$2=$3=$4=$5=""; sub(/^ +/, ""); print }')
for f in ./opt/pvdm/bin/pvdm ./opt/pvdm/lib/app/pvdm-all.jar ./opt/pvdm/lib/runtime/lib/server/libjvm.so \
         ./usr/share/applications/org.pvdm.pvdm.desktop ./usr/share/metainfo/org.pvdm.pvdm.metainfo.xml \
         ./usr/share/man/man1/pvdm.1.gz ./usr/share/man/man1/pvdm-convert.1.gz \
         ./usr/share/bash-completion/completions/pvdm ./usr/share/doc/pvdm/copyright \
         ./usr/share/icons/hicolor/scalable/apps/pvdm.svg; do
  check "contains $f" grep -qxF "$f" <<<"$listing"
done
for s in 16 32 48 64 128 256; do
  check "contains the ${s}x${s} icon" grep -qxF "./usr/share/icons/hicolor/${s}x${s}/apps/pvdm.png" <<<"$listing"
done
check "/usr/bin/pvdm links to /opt/pvdm/bin/pvdm" grep -qxF "./usr/bin/pvdm -> /opt/pvdm/bin/pvdm" <<<"$listing"

# --- unpacked into a scratch root ------------------------------------------------------------------------
scratch=$(mktemp -d "$root/target/deb-root.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch"
pvdm=$scratch/opt/pvdm/bin/pvdm
# the CLI, never the window: no display for it
run() { env -u DISPLAY -u WAYLAND_DISPLAY "$pvdm" "$@"; }

out=$(run list --connect test:///default 2>&1); rc=$?
if [ $rc -eq 0 ] && grep -Eq '^test +running' <<<"$out"; then ok "bin/pvdm list --connect test:///default lists the guest 'test'"
else bad "bin/pvdm list --connect test:///default: exit $rc, output:"; sed 's/^/       /' <<<"$out"; fi

run inspect no-such-guest --connect test:///default >/dev/null 2>&1; rc=$?
if [ $rc -eq 4 ]; then ok "bin/pvdm keeps the exit code (4: guest not found)"; else bad "bin/pvdm inspect no-such-guest: exit $rc, expected 4"; fi

help=$(run --help 2>&1); rc=$?
missing=""
for c in list inspect plan convert apply backups rollback xml; do grep -Eq "^  $c " <<<"$help" || missing="$missing $c"; done
if [ $rc -eq 0 ] && [ -z "$missing" ]; then ok "bin/pvdm --help lists every command"
else bad "bin/pvdm --help: exit $rc, missing:$missing"; fi

check "bin/pvdm -V prints pvdm ${version%-*}" grep -q "^pvdm ${version%-*}" <<<"$(run -V 2>&1)"

man=$scratch/usr/share/man/man1/pvdm.1.gz
man_text=$(gzip -dc "$man" 2>/dev/null || true)
if grep -q '^\.TH "PVDM" "1"' <<<"$man_text" && grep -qF '\fBconvert\fP' <<<"$man_text"; then ok "man page pvdm.1 is troff with the commands"
else bad "man page pvdm.1 is not the expected troff"; fi

completion=$scratch/usr/share/bash-completion/completions/pvdm
words=$(bash -c 'source "$1" && COMP_WORDS=(pvdm ro) COMP_CWORD=1 COMP_LINE="pvdm ro" COMP_POINT=7 && _complete_pvdm && echo "${COMPREPLY[*]}"' _ "$completion" 2>/dev/null)
if [ "$words" = rollback ]; then ok "bash completion completes 'pvdm ro' to rollback"; else bad "bash completion of 'pvdm ro' gave '$words'"; fi

desktop=$scratch/usr/share/applications/org.pvdm.pvdm.desktop
if grep -qxF 'Exec=pvdm' "$desktop" && grep -qxF 'Icon=pvdm' "$desktop" && grep -qxF 'Categories=System;Emulator;' "$desktop"
then ok "desktop entry runs pvdm with the pvdm icon in System;Emulator;"; else bad "desktop entry lacks Exec=pvdm, Icon=pvdm or Categories=System;Emulator;"; fi

metainfo=$scratch/usr/share/metainfo/org.pvdm.pvdm.metainfo.xml
if grep -q '<id>org.pvdm.pvdm</id>' "$metainfo" && grep -q "<release version=\"${version%-*}\"" "$metainfo" \
   && grep -q '<launchable type="desktop-id">org.pvdm.pvdm.desktop</launchable>' "$metainfo"
then ok "metainfo names the app, its desktop entry and this release"; else bad "metainfo lacks the id, the launchable or release ${version%-*}"; fi

# PNG width and height, from the IHDR chunk
wrong=""
for s in 16 32 48 64 128 256; do
  wh=$(od -An -tu1 -j16 -N8 "$scratch/usr/share/icons/hicolor/${s}x${s}/apps/pvdm.png" 2>/dev/null | awk '{ print $3*256+$4 "x" $7*256+$8 }')
  [ "$wh" = "${s}x${s}" ] || wrong="$wrong ${s}x${s}:${wh:-none}"
done
if [ -z "$wrong" ]; then ok "the PNG icons have their sizes"; else bad "PNG icons of the wrong size:$wrong"; fi

echo "deb check: took $(( $(date +%s) - t0 ))s"
echo "deb check: $pass passed, $fail failed"
[ $fail -eq 0 ]
