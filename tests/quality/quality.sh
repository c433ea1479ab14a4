#!/usr/bin/env bash
# Quality gates on every page of a built site. Missing tools are a failure,
# not a skip: .ci/setup installs default-jre-headless, chromium and the npm
# packages of tests/quality/package-lock.json.
#
#   quality.sh html AFFICHE SOURCE_DIR [BUILD_ARGS...]
#       the Nu Html Checker (vnu.jar) on every HTML page and style sheet:
#       0 errors and 0 warnings.
#   quality.sh axe  AFFICHE SOURCE_DIR [BUILD_ARGS...]
#       axe-core's WCAG 2.2 A and AA rules in headless Chromium on every page,
#       at 1280×900 and 390×844: 0 violations (axe_check.mjs).
#   quality.sh search AFFICHE SOURCE_DIR [BUILD_ARGS...]
#       the search page in headless Chromium over HTTP (search_check.mjs).
#   quality.sh embed AFFICHE SOURCE_DIR [BUILD_ARGS...]
#       every embeddable programme (embed/) in a 360-px-wide iframe of a host
#       page in headless Chromium: no horizontal overflow (embed_check.mjs).
# Each builds the site with Pagefind (the npm package's binary, unless
# AFFICHE_PAGEFIND names another), so the pages checked are those published
# with search.
set -euo pipefail

mode="${1:?mode}" affiche="${2:?affiche binary}" source="${3:?source folder}"
shift 3
here="$(cd "$(dirname "$0")" && pwd)"
modules="$here/node_modules"
if [ ! -d "$modules/vnu-jar" ] || [ ! -d "$modules/axe-core" ]; then
  echo "quality.sh: no $modules; run bash .ci/setup (npm ci in tests/quality)" >&2
  exit 1
fi
export AFFICHE_PAGEFIND="${AFFICHE_PAGEFIND:-$modules/@pagefind/linux-x64/bin/pagefind_extended}"
if [ ! -x "$AFFICHE_PAGEFIND" ]; then
  echo "quality.sh: no Pagefind at $AFFICHE_PAGEFIND; run bash .ci/setup (npm ci in tests/quality)" >&2
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$affiche" build --source "$source" --out "$tmp/site" "$@" >"$tmp/build.log" 2>&1 ||
  { cat "$tmp/build.log" >&2; exit 1; }

case "$mode" in
  html)
    command -v java >/dev/null ||
      { echo "quality.sh: java is missing; install default-jre-headless" >&2; exit 1; }
    # Pagefind's own bundle (pagefind/) is not affiche's to check.
    mapfile -t files < <(find "$tmp/site" -path "$tmp/site/pagefind" -prune -o \
                           \( -name '*.html' -o -name '*.css' \) -print | sort)
    # --format gnu: one line a message, errors and warnings alike; exit 1 on any.
    if java -jar "$modules/vnu-jar/build/dist/vnu.jar" --also-check-css --format gnu \
        "${files[@]}" >"$tmp/vnu.txt" 2>&1 && [ ! -s "$tmp/vnu.txt" ]; then
      echo "Nu Html Checker: ${#files[@]} files (HTML and CSS), 0 errors, 0 warnings"
    else
      sed "s|$tmp/site/||" "$tmp/vnu.txt"
      echo "FAIL: Nu Html Checker: $(wc -l <"$tmp/vnu.txt") messages in ${#files[@]} files" >&2
      exit 1
    fi
    ;;
  axe)
    node "$here/axe_check.mjs" "$tmp/site"
    ;;
  search)
    grep -o 'search: Pagefind indexed [^)]*' "$tmp/build.log"
    node "$here/search_check.mjs" "$tmp/site"
    ;;
  embed)
    node "$here/embed_check.mjs" "$tmp/site"
    ;;
  *)
    echo "quality.sh: unknown mode $mode" >&2
    exit 2
    ;;
esac
