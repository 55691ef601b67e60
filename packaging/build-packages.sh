#!/usr/bin/env bash
# Builds pvdm's Linux packages from the shaded jar; run by `mvn -Pdist package` (see the dist profile in
# pom.xml), which passes the settings below as environment variables. Output in target/dist/:
#   pvdm_VERSION-RELEASE_ARCH.deb      where dpkg-deb is installed (then fakeroot is needed too)
#   pvdm-VERSION-RELEASE.ARCH.rpm      where rpmbuild is installed (skipped with a message elsewhere, and
#                                      with -Ddist.rpm=false)
# Steps: man pages (AsciiDoc from PvdmDocs -> troff with asciidoctor), the /usr tree (launcher link, desktop
# entry, metainfo, icons, man pages, completion), jpackage app-image (launcher + jlinked runtime + jar in
# /opt/pvdm), jpackage deb (control from packaging/deb), then the /usr tree is added to the .deb; jpackage rpm
# with packaging/rpm/pvdm.spec, which copies the same /usr tree.
set -euo pipefail

t0=$(date +%s)
say() { echo "packaging: [$(( $(date +%s) - t0 ))s] $*"; }
die() { echo "packaging: $*" >&2; exit 1; }

: "${PVDM_VERSION:?set by the dist profile}" "${PVDM_TARGET:?}" "${PVDM_JAVA_HOME:?}" "${PVDM_MODULES:?}"
: "${PVDM_MAINTAINER:?}" "${PVDM_VENDOR:?}"
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
root=$(cd "$here/.." && pwd)
jdk=$PVDM_JAVA_HOME
dist=$PVDM_TARGET/dist
work=$dist/work
jar=$PVDM_TARGET/pvdm-all.jar
docs=$work/docs # written by PvdmDocs (the exec execution before this one)
summary="Switch libvirt guests from emulated to paravirtual disks and NICs"

# --- tools ---------------------------------------------------------------------------------------------
[ -x "$jdk/bin/jpackage" ] && [ -x "$jdk/bin/jdeps" ] || die "no jpackage/jdeps in $jdk: run Maven with a full JDK 17 or later"
[ -d "$jdk/jmods" ] || die "no $jdk/jmods: jpackage needs the JDK's jmods to build the runtime (Debian: openjdk-17-jdk-headless has them)"
[ -f "$jar" ] || die "no $jar: the shade step did not run"
[ -d "$docs/man-adoc" ] && [ -f "$docs/bash-completion/pvdm" ] || die "no man pages in $docs: the pvdm-docs step did not run"
# .deb where dpkg-deb exists (then fakeroot is a must), .rpm where rpmbuild exists; at least one of them
make_deb=no make_rpm=no
if command -v dpkg-deb >/dev/null; then make_deb=yes; fi
if [ "${PVDM_RPM:-auto}" != false ] && command -v rpmbuild >/dev/null; then make_rpm=yes; fi
missing=""
command -v asciidoctor >/dev/null || missing="$missing asciidoctor"
[ $make_deb = no ] || command -v fakeroot >/dev/null || missing="$missing fakeroot"
[ -z "$missing" ] || die "missing tools:$missing. Debian/Ubuntu: apt-get install asciidoctor fakeroot; Fedora/RHEL: dnf install rubygem-asciidoctor; SUSE: zypper in rubygem-asciidoctor"
[ $make_deb = yes ] || [ $make_rpm = yes ] || die "neither dpkg-deb nor rpmbuild here: nothing to build a package with (apt-get install fakeroot, or dnf install rpm-build)"

# --- versions: 0.1.0 -> 0.1.0-1; 0.2.0-SNAPSHOT -> 0.2.0-0.snapshotYYYYMMDDHHMM ------------------------------
version=${PVDM_VERSION%-SNAPSHOT}
case "$version" in *[!0-9.]*|'') die "version '$PVDM_VERSION' is not N.N.N[-SNAPSHOT]";; esac
if [ "$version" != "$PVDM_VERSION" ]; then release="0.snapshot$(date -u +%Y%m%d%H%M)"; else release=1; fi
build_date=$(date -u +%Y-%m-%d)

rm -rf "$work/input" "$work/image" "$work/usr-tree" "$work/deb" "$work/rpm" "$dist"/*.deb "$dist"/*.rpm
mkdir -p "$work/input" "$work/image"
cp "$jar" "$work/input/"

# --- the /usr tree, shared by both packages ----------------------------------------------------------------
usr=$work/usr-tree/usr
install -d "$usr/bin" "$usr/share/man/man1" "$usr/share/bash-completion/completions"
ln -s /opt/pvdm/bin/pvdm "$usr/bin/pvdm"
install -Dm644 "$here/linux/org.pvdm.pvdm.desktop" "$usr/share/applications/org.pvdm.pvdm.desktop"
install -d "$usr/share/metainfo"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$build_date/" "$here/linux/org.pvdm.pvdm.metainfo.xml" \
  > "$usr/share/metainfo/org.pvdm.pvdm.metainfo.xml"
chmod 644 "$usr/share/metainfo/org.pvdm.pvdm.metainfo.xml"
install -Dm644 "$root/icons/hicolor/scalable/apps/pvdm.svg" "$usr/share/icons/hicolor/scalable/apps/pvdm.svg"
for s in 16 32 48 64 128 256; do
  install -Dm644 "$root/icons/hicolor/${s}x${s}/apps/pvdm.png" "$usr/share/icons/hicolor/${s}x${s}/apps/pvdm.png"
done
asciidoctor -b manpage -a reproducible -D "$usr/share/man/man1" "$docs"/man-adoc/*.adoc
gzip -9n "$usr"/share/man/man1/*.1
chmod 644 "$usr"/share/man/man1/*
# sourced by bash-completion, not run: no #! line
sed '1{/^#!/d}' "$docs/bash-completion/pvdm" > "$usr/share/bash-completion/completions/pvdm"
chmod 644 "$usr/share/bash-completion/completions/pvdm"
[ -f "$usr/share/man/man1/pvdm.1.gz" ] || die "asciidoctor wrote no pvdm.1"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$usr/share/applications/org.pvdm.pvdm.desktop" || die "the desktop entry does not validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$usr/share/metainfo/org.pvdm.pvdm.metainfo.xml" >"$work/appstream.log" 2>&1 \
    || { cat "$work/appstream.log" >&2; die "the AppStream metainfo does not validate"; }
fi
say "man pages: $(cd "$usr/share/man/man1" && echo *)"

# --- the runtime's modules: the configured set plus whatever pvdm's own classes use -------------------------
modules=$PVDM_MODULES
if [ -d "$PVDM_TARGET/classes" ]; then
  own=$("$jdk/bin/jdeps" -q --multi-release 17 --ignore-missing-deps --print-module-deps "$PVDM_TARGET/classes" 2>/dev/null || true)
  modules=$(printf '%s\n' "${modules//,/$'\n'}" "${own//,/$'\n'}" | grep -v '^$' | sort -u | paste -sd, -)
fi
say "runtime modules: $modules"

# --- app image: /opt/pvdm/{bin/pvdm, lib/app/pvdm-all.jar, lib/runtime} -------------------------------------
common=(--name pvdm --app-version "$version" --vendor "$PVDM_VENDOR" --description "$summary"
        --copyright "Copyright the pvdm developers")
say "jpackage app-image"
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$work/image" \
  --input "$work/input" --main-jar pvdm-all.jar --main-class org.pvdm.Main \
  --icon "$root/icons/hicolor/128x128/apps/pvdm.png" \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands"
image=$work/image/pvdm
[ -x "$image/bin/pvdm" ] || die "jpackage made no launcher"

# --- .deb ------------------------------------------------------------------------------------------------
if [ $make_deb = yes ]; then
  mkdir -p "$work/deb/resources" "$work/deb/out"
  cp "$here/deb/control" "$work/deb/resources/control"
  # jpackage compresses its .deb, which is rebuilt below: let its dpkg-deb --build skip compression (about a
  # minute of xz on 2 cores); every other dpkg-deb call goes through unchanged.
  real_dpkg_deb=$(command -v dpkg-deb)
  mkdir -p "$work/deb/shim"
  printf '#!/bin/sh\ncase " $* " in *" -b "*|*" --build "*) exec "%s" -Znone "$@";; esac\nexec "%s" "$@"\n' \
    "$real_dpkg_deb" "$real_dpkg_deb" > "$work/deb/shim/dpkg-deb"
  chmod 755 "$work/deb/shim/dpkg-deb"
  say "jpackage deb"
  PATH="$work/deb/shim:$PATH" "$jdk/bin/jpackage" --type deb "${common[@]}" --app-image "$image" --dest "$work/deb/out" \
    --resource-dir "$work/deb/resources" --linux-package-name pvdm --linux-app-release "$release" \
    --linux-deb-maintainer "$PVDM_MAINTAINER" --linux-app-category admin \
    --linux-package-deps "libvirt0, libgtk-3-0, libxtst6"
  jdeb=$(ls "$work"/deb/out/*.deb)
  # jpackage puts only /opt/pvdm in the package: add the /usr tree so that dpkg owns every file (no postinst
  # copies; icon cache, desktop database and man-db update through their own dpkg triggers).
  tree=$work/deb/tree
  dpkg-deb -R "$jdeb" "$tree"
  cp -a "$usr" "$tree/"
  install -Dm644 "$here/deb/copyright" "$tree/usr/share/doc/pvdm/copyright"
  printf 'pvdm (%s-%s) unstable; urgency=medium\n\n  * pvdm %s, packaged with jpackage.\n\n -- %s <%s>  %s\n' \
    "$version" "$release" "$PVDM_VERSION" "$PVDM_VENDOR" "$PVDM_MAINTAINER" "$(date -u -R)" \
    | gzip -9n > "$tree/usr/share/doc/pvdm/changelog.Debian.gz"
  chmod 644 "$tree/usr/share/doc/pvdm/changelog.Debian.gz"
  # jpackage's copyright under /opt (replaced by the one above), its maintainer scripts (empty without
  # --linux-shortcut) and the executable bit on a library that is only loaded
  rm -rf "$tree/opt/pvdm/share"
  rm -f "$tree"/DEBIAN/{preinst,postinst,prerm,postrm}
  chmod 644 "$tree/opt/pvdm/lib/libapplauncher.so"
  # one Depends list: jpackage's (from ldd of the runtime) and ours, each package once
  deps=$(sed -n 's/^Depends: *//p' "$tree/DEBIAN/control" | tr ',' '\n' | sed 's/^ *//;s/ *$//' | grep -v '^$' | awk '!seen[$0]++' | paste -sd, - | sed 's/,/, /g')
  sed -i "s/^Depends:.*/Depends: $deps/" "$tree/DEBIAN/control"
  sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk --exclude=DEBIAN "$tree" | cut -f1)/" "$tree/DEBIAN/control"
  (cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) > "$tree/DEBIAN/md5sums"
  chmod 644 "$tree/DEBIAN/md5sums"
  deb=$dist/$(basename "$jdeb")
  say "dpkg-deb --build (xz -1: a tenth bigger than xz -6, a quarter of the time)"
  dpkg-deb --root-owner-group -Zxz -z1 --build "$tree" "$deb" >/dev/null
  say "built $deb ($(du -h "$deb" | cut -f1))"
else
  say "dpkg-deb not found: no .deb built"
fi

# --- .rpm ------------------------------------------------------------------------------------------------
if [ "${PVDM_RPM:-auto}" = false ]; then
  say "no .rpm: -Ddist.rpm=false"
  exit 0
fi
if [ $make_rpm = no ]; then
  say "rpmbuild not found: no .rpm built (Debian/Ubuntu: apt-get install rpm; Fedora/RHEL: dnf install rpm-build; SUSE: zypper in rpm-build)"
  exit 0
fi
mkdir -p "$work/rpm/resources" "$work/rpm/out"
sed "s|@USR_TREE@|$work/usr-tree|g" "$here/rpm/pvdm.spec" > "$work/rpm/resources/pvdm.spec"
# rpm's own dependency scan is off (jpackage's template): require what the runtime's native code links to,
# less the libraries it brings itself, as soname capabilities (the same on Fedora, RHEL and SUSE).
rpm_deps="libvirt-libs, libgtk-3.so.0()(64bit), libXtst.so.6()(64bit)"
if [ -x /usr/lib/rpm/elfdeps ]; then
  own_libs=$(find "$image" -name '*.so*' -printf '%f\n' | sort -u)
  needed=$(find "$image" -type f \( -name '*.so' -o -path '*/bin/*' \) | /usr/lib/rpm/elfdeps --requires | sort -u \
    | while read -r dep; do soname=${dep%%(*}; grep -qxF "$soname" <<<"$own_libs" || echo "$dep"; done | paste -sd, - | sed 's/,/, /g')
  [ -z "$needed" ] || rpm_deps="$rpm_deps, $needed"
fi
say "jpackage rpm"
"$jdk/bin/jpackage" --type rpm "${common[@]}" --app-image "$image" --dest "$work/rpm/out" \
  --resource-dir "$work/rpm/resources" --linux-package-name pvdm --linux-app-release "$release" \
  --linux-app-category "Applications/System" --linux-package-deps "$rpm_deps"
rpm=$(ls "$work"/rpm/out/*.rpm)
cp "$rpm" "$dist/"
say "built $dist/$(basename "$rpm") ($(du -h "$rpm" | cut -f1))"
