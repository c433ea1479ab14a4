#!/usr/bin/env bash
# Builds the Debian package with cpack, installs it with apt-get (as root: CI
# runs it after ctest, from .ci/run), then the installed /usr/bin/affiche
# starts a site, builds it and checks it in a temporary folder. The package is
# removed again at the end, whatever happened.
#
#   deb_test.sh [BUILD_DIR]   (default: build)
set -euo pipefail

build="$(cd "${1:-build}" && pwd)"
version="$("$build/affiche" --version | cut -d' ' -f2)"
deb="$build/affiche_${version}_$(dpkg --print-architecture).deb"
fail() { echo "deb_test.sh: $*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' affiche 2>/dev/null | grep -q "install ok installed"; then
  fail "a package affiche is installed already; remove it first (apt-get remove affiche)"
fi
rm -f "$deb"
(cd "$build" && cpack -G DEB >/dev/null)
[ -f "$deb" ] || fail "cpack wrote no $deb"

# Depends from dpkg-shlibdeps; Chromium only for posters, so only suggested.
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libical3 libyaml-cpp0.7 libcmark0.30.2 libqrencode4 libstdc++6 tzdata; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
[[ "$depends" != *chromium* ]] || fail "Depends names chromium: $depends"
[ "$(dpkg-deb -f "$deb" Suggests)" = chromium ] || fail "Suggests is not chromium"

tmp="$(mktemp -d)"
cleanup() {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 purge -y -q affiche \
    >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
  --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log" >&2; fail "apt-get install failed"; }

[ "$(/usr/bin/affiche --version)" = "affiche $version" ] || fail "/usr/bin/affiche --version"
if command -v man >/dev/null 2>&1; then
  [ "$(man -w affiche)" = /usr/share/man/man1/affiche.1 ] || fail "man -w affiche: $(man -w affiche)"
else
  [ -f /usr/share/man/man1/affiche.1 ] || fail "no /usr/share/man/man1/affiche.1"
fi
[ -f /usr/share/doc/affiche/README.md ] || fail "no /usr/share/doc/affiche/README.md"

cd "$tmp"
/usr/bin/affiche new site site >/dev/null
cd site
/usr/bin/affiche build >"$tmp/build.out" 2>"$tmp/build.err" || { cat "$tmp/build.err" >&2; fail "build failed"; }
[ ! -s "$tmp/build.err" ] || { cat "$tmp/build.err" >&2; fail "build warned"; }
[ -f site-out/events/premiere-rencontre/index.html ] || fail "the build wrote no event page"
check="$(/usr/bin/affiche check 2>&1)"
[ "$check" = "No errors in 1 event and 1 page." ] || fail "check said: $check"

cd /
cleanup
trap - EXIT
[ ! -e /usr/bin/affiche ] || fail "/usr/bin/affiche is still there after apt-get purge"
echo "deb: $(basename "$deb") ($(du -k "$deb" | cut -f1) kB) installed, built a new site, removed"
