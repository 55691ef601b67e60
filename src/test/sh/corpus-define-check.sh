#!/bin/sh
# Defines every corpus domain that the conversion changed, before and after, on libvirt's embedded QEMU
# driver (qemu:///embed: runs inside virsh with its own state directory; no daemon is used or touched).
# Run `mvn -o test -Dtest=CorpusConversionTest [-Dpvdm.corpus=PATH]` first, with the same corpus as argument 1
# (default: the shipped slice): it writes target/corpus-convert/after/.
# Prints one line per file ("BEFORE | AFTER | file") and a summary; exits 1 when a file libvirt accepted
# before is refused after. The domain type becomes qemu (TCG) so that a host without KVM can check it.
set -u
CORPUS=${1:-src/test/resources/corpus}
AFTER=target/corpus-convert/after
ROOT=$(pwd)/target/libvirt-embed-corpus
URI="qemu:///embed?root=$ROOT"
mkdir -p "$ROOT"
define() {
  sed -e "s/<domain type='kvm'/<domain type='qemu'/" "$1" > "$ROOT/cur.xml"
  out=$(virsh -c "$URI" define "$ROOT/cur.xml" 2>&1)
  name=$(printf '%s\n' "$out" | sed -n "s/^Domain '\(.*\)' defined.*/\1/p")
  if [ -n "$name" ]; then
    virsh -q -c "$URI" undefine --nvram "$name" >/dev/null 2>&1 || virsh -q -c "$URI" undefine "$name" >/dev/null 2>&1
    echo ok
  else
    printf 'refused: %s\n' "$(printf '%s' "$out" | tr '\n' ' ' | cut -c1-160)"
  fi
}
regressions=0; both=0; neither=0; fixed=0
for f in $(cd "$CORPUS" && find . -path '*qemuxml2xmloutdata*' -name '*.xml' | sort); do
  after="$AFTER/$(echo "${f#./}" | tr / _)"
  cmp -s "$CORPUS/$f" "$after" && continue
  b=$(define "$CORPUS/$f"); a=$(define "$after")
  echo "$b | $a | ${f#./}"
  case "$b/$a" in
    ok/ok) both=$((both + 1)) ;;
    ok/*) regressions=$((regressions + 1)) ;;
    */ok) fixed=$((fixed + 1)) ;;
    *) neither=$((neither + 1)) ;;
  esac
done
echo "accepted before and after: $both; refused before and after: $neither; accepted only after: $fixed; REGRESSIONS: $regressions"
[ "$regressions" -eq 0 ]
