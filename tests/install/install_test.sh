#!/usr/bin/env bash
# cmake --install into a temporary prefix, then the installed affiche starts a
# site and builds it from another folder, with no themes/ of its own and no
# AFFICHE_THEMES_DIR: it must find the theme installed beside it. A site's own
# themes/ still wins over it.
#
#   install_test.sh BUILD_DIR
set -euo pipefail

build="${1:?build folder}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
unset AFFICHE_THEMES_DIR

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
for f in bin/affiche share/affiche/themes/default/layouts/index.mustache \
         share/man/man1/affiche.1 share/doc/affiche/README.md; do
  if [ ! -f "$tmp/prefix/$f" ]; then
    echo "install_test.sh: cmake --install wrote no $f" >&2
    exit 1
  fi
done

# Away from the source tree: a copy of the prefix, as a package would move it.
mv "$tmp/prefix" "$tmp/elsewhere"
affiche="$tmp/elsewhere/bin/affiche"
# A mark in the installed theme only, to see that this is the theme used.
echo '<!-- installed theme -->' >>"$tmp/elsewhere/share/affiche/themes/default/layouts/index.mustache"
cd "$tmp"
"$affiche" new site site
cd site
"$affiche" build 2>"$tmp/build.err"
if [ -s "$tmp/build.err" ]; then
  echo "install_test.sh: the installed affiche's build said:" >&2
  cat "$tmp/build.err" >&2
  exit 1
fi
if ! grep -q 'Première rencontre' site-out/index.html ||
   ! grep -q '<!-- installed theme -->' site-out/index.html; then
  echo "install_test.sh: the new site's home page was not built with the installed theme" >&2
  exit 1
fi

# A site's own theme comes first: a copy of the default one, with its home page changed.
mkdir themes
cp -R "$tmp/elsewhere/share/affiche/themes/default" themes/default
echo 'own theme' > themes/default/layouts/index.mustache
"$affiche" build >/dev/null
if [ "$(cat site-out/index.html)" != "own theme" ]; then
  echo "install_test.sh: the site's own themes/default was not used" >&2
  exit 1
fi
echo "install: $("$affiche" --version) from $tmp/elsewhere built a new site with its theme"
