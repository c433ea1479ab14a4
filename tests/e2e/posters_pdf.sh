#!/usr/bin/env bash
# Posters and the printed programme in real Chromium. Missing tools are a
# failure, not a skip: CI installs chromium, poppler-utils and zbar-tools
# (.ci/setup).
#
#   posters_pdf.sh sample     AFFICHE SITE_DIR
#       `affiche posters --pdf` on the sample content: a PDF per event,
#       programme.pdf and each department's programme (A4, its own events),
#       a 1200×630 sharing image per event that its page names and a second
#       run takes from the cache; every poster is one page of its format; the conference,
#       village and colloquium posters carry their wording and a QR code that
#       decodes to the event's page; the programme is A4 without navigation and
#       with the events' addresses; no poster overflows its boxes.
#   posters_pdf.sh fixtures   AFFICHE SITE_DIR
#       the same for tests/fixtures/sites/posters: 60 exhibitors, a 200-character
#       title, a cancelled A4 conference, ten sessions: one page each, all text in.
#   posters_pdf.sh screenshot AFFICHE SITE_DIR
#       Chromium's screenshot of a poster preview is an A3-sized PNG that is not
#       blank (AFFICHE_SCREENSHOT_DIR keeps it).
set -euo pipefail

mode="${1:?mode}" affiche="${2:?affiche binary}" site="${3:?site folder}"
here="$(cd "$(dirname "$0")" && pwd)"
checks="$here/posters_checks.py"

for tool in chromium pdfinfo pdftotext pdftoppm zbarimg python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "posters_pdf.sh: $tool is missing; install chromium poppler-utils zbar-tools (bash .ci/setup)" >&2
    exit 1
  fi
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
out="$tmp/site"
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

chromium_flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
  --disable-component-update --disable-sync --no-first-run --disable-quic)

# One page of the given format (A3, A4).
one_page() {  # PDF FORMAT
  pdfinfo "$1" >"$tmp/info"
  python3 "$checks" size "$tmp/info" "$2" || fail "$1: not one $2 page"
}

# pdftotext's text of a PDF holds every phrase.
has_text() {  # PDF PHRASE...
  local pdf="$1"
  shift
  pdftotext -raw "$pdf" "$tmp/text"
  python3 "$checks" text "$tmp/text" "$@" || fail "$pdf: wording missing"
}

# The QR code on the page decodes to url.
qr_decodes_to() {  # PDF URL
  pdftoppm -r 150 -png -singlefile "$1" "$tmp/qr"
  local decoded
  decoded="$(zbarimg -q --raw "$tmp/qr.png" 2>/dev/null || true)"
  if [ "$decoded" = "$2" ]; then
    echo "QR of $(basename "$(dirname "$1")"): $decoded"
  else
    fail "$1: QR decodes to '$decoded', not '$2'"
  fi
}

# Nothing overflows a box of the poster that hides its overflow: the page, its
# body, a list. Measured in Chromium with a script added to a copy of the page.
fits() {  # SLUG
  local dir="$out/events/$1/poster"
  sed 's#</body>#<script>(function () {\
  var bad = [], all = document.querySelectorAll(".sheet, .sheet *");\
  for (var i = 0; i < all.length; i++) {\
    var e = all[i], s = getComputedStyle(e);\
    if (s.overflowX !== "hidden" \&\& s.overflowY !== "hidden") continue;\
    if (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)\
      bad.push(e.className + ":" + e.scrollWidth + "x" + e.scrollHeight + ">" + e.clientWidth + "x" + e.clientHeight);\
  }\
  document.documentElement.setAttribute("data-overflow", bad.length ? bad.join(" ") : "none");\
})();</script></body>#' "$dir/index.html" >"$dir/fit-check.html"
  local profile="$tmp/profile-fit"
  rm -rf "$profile"
  chromium "${chromium_flags[@]}" --user-data-dir="$profile" --window-size=1400,2000 \
    --dump-dom "file://$dir/fit-check.html" 2>/dev/null >"$tmp/dom.html" || true
  rm -f "$dir/fit-check.html"
  local verdict
  verdict="$(grep -o 'data-overflow="[^"]*"' "$tmp/dom.html" | head -1)"
  if [ "$verdict" = 'data-overflow="none"' ]; then
    echo "fits: $1"
  else
    fail "$1: content overflows the poster (${verdict:-no verdict from Chromium})"
  fi
}

# Runs `affiche posters --pdf`; checks its summary, that every poster is one
# page of its own format, that every event's sharing image is a 1200×630 PNG
# that the event page names, and that a second run takes all from the cache.
print_all() {  # SOURCE EXPECTED_PDFS EXPECTED_IMAGES
  local started ended files=$(($2 + $3))
  started=$(date +%s%N)
  local status=0
  "$affiche" posters --pdf --source "$1" --out "$out" >"$tmp/stdout" 2>"$tmp/stderr" || status=$?
  if [ "$status" -ne 0 ]; then
    grep -v ': warning: \|^  hint: ' "$tmp/stderr" >&2 || true
    fail "affiche posters --pdf exited $status"
  fi
  ended=$(date +%s%N)
  cat "$tmp/stdout"
  grep -q "^Wrote $2 PDFs and $3 sharing images in $out: $files printed, " "$tmp/stdout" ||
    fail "summary is not 'Wrote $2 PDFs and $3 sharing images in $out: $files printed, …'"
  echo "time per page: $(( (ended - started) / 1000000 / files )) ms (whole command, build and browser start included)"
  check_share_images "$3"
  # Again: nothing changed, nothing is printed, every file is put back.
  "$affiche" posters --pdf --source "$1" --out "$out" >"$tmp/stdout" 2>/dev/null || fail "second run failed"
  cat "$tmp/stdout"
  grep -q "^Wrote $2 PDFs and $3 sharing images in $out: 0 printed, $files unchanged (" "$tmp/stdout" ||
    fail "a second run printed again"
  check_share_images "$3"
  local poster format
  for poster in "$out"/events/*/poster.pdf; do
    format="$(grep -o '@page { size: A[34]' "$(dirname "$poster")/poster/index.html" | grep -o 'A[34]')"
    one_page "$poster" "$format"
  done
}

# Each event's share.png is a 1200×630 PNG, not blank, and its event page's
# og:image and twitter:image name it (with its size), no longer the edition's.
check_share_images() {  # EXPECTED
  local png count=0 dir page url
  for png in "$out"/events/*/share.png; do
    [ -f "$png" ] || continue
    count=$((count + 1))
    # A card of text on its background: a tenth of it at least is not background.
    python3 "$checks" png "$png" 1200 630 10 >/dev/null || fail "$png is not a 1200×630 PNG with text"
    dir="$(dirname "$png")"
    page="$dir/index.html"
    url="$(grep -o '<meta property="og:image" content="[^"]*"' "$page" | head -1 | sed 's/.*content="//; s/"$//')"
    case "$url" in
      */events/"$(basename "$dir")"/share.png) ;;
      *) fail "$page: og:image is '$url', not its share.png" ;;
    esac
    grep -q "<meta name=\"twitter:image\" content=\"$url\">" "$page" ||
      fail "$page: twitter:image does not name its share.png"
    grep -q '<meta property="og:image:width" content="1200">' "$page" ||
      fail "$page: og:image:width is not 1200"
    if grep -q 'affiche-share' "$page"; then fail "$page: the edition's image is still there"; fi
  done
  [ "$count" -eq "$1" ] || fail "$count sharing images, expected $1"
  echo "sharing images: $count, each 1200×630, named by its event page"
}

case "$mode" in
  sample)
    events=$(ls "$site"/content/events/*.md | wc -l)
    # A poster and a press release per event, the programme, the press kit and
    # the programme of each of the three departments; a sharing image per event.
    print_all "$site" $((2 * events + 2 + 3)) "$events"
    base="https://www.cres-picardie.org/mois-ess/events"

    conference="$out/events/conference-finance-solidaire/poster.pdf"
    has_text "$conference" "COMMENT…" "faire fructifier votre argent de manière solidaire ?" \
      "QUELLE…" "utilité pour l'emploi, l'environnement, le logement ?" \
      "Pour en savoir plus" "CONFÉRENCE - DÉBAT" "Le 9 novembre - 18 h" \
      "La Repasserie (Salle Laurent)" "30 route d'Abbeville" "80000 Amiens" "Organisée par :" \
      "Macif" "Terre de Liens" "Caisse d'Epargne" "Picardie Active" "Finansol" "Crédit Coopératif"
    qr_decodes_to "$conference" "$base/conference-finance-solidaire/"
    # Once its PDF exists, the poster's page links it (hidden after a plain build).
    grep -q '__actions"><a class="poster-button" href="../../../events/conference-finance-solidaire/poster.pdf" download>' \
      "$out/events/conference-finance-solidaire/poster/index.html" ||
      fail "the conference's poster page does not link its printed PDF"

    village="$out/events/village-ess/poster.pdf"
    mapfile -t exhibitors < <(python3 "$checks" exhibitors "$site/content/events/village-ess.md")
    [ "${#exhibitors[@]}" -eq 28 ] || fail "expected the 28 exhibitors of the sample, read ${#exhibitors[@]}"
    has_text "$village" "~LE VILLAGE DE L'ÉCONOMIE SOCIALE ET SOLIDAIRE" \
      "Des structures qui mettent l'Homme au cœur de leur projet économique" \
      "Le 3 décembre 2009" "ESPACE DEWAILLY À AMIENS" "Renseignements au 03 22 66 07 65" \
      "${exhibitors[@]}"
    qr_decodes_to "$village" "$base/village-ess/"

    colloque="$out/events/colloque-ess-innovation/poster.pdf"
    has_text "$colloque" "Colloque « ESS et Innovation »" "Le 3 décembre 2009" "9 h – 17 h" \
      "9 h – 10 h 30" "Qu'est-ce qu'innover ?" "(conversations croisées entre participants)" \
      "11 h – 12 h 30" "Nous innovons déjà, la preuve !" \
      "(fresque collective retraçant la teneur de l'ESS en Picardie)" \
      "14 h – 17 h" "Innovons aujourd'hui !" "(ateliers village de créativité)" \
      "Gratuit, sur inscription" "Inscription :" \
      "~www.cres-picardie.org/mois-ess/colloque-ess-innovation/inscription"
    qr_decodes_to "$colloque" "$base/colloque-ess-innovation/"

    cancelled="$out/events/conference-habitat-cooperatif-saint-quentin/poster.pdf"
    has_text "$cancelled" "ANNULÉ"

    programme="$out/programme.pdf"
    pdfinfo "$programme" >"$tmp/info"
    pages="$(python3 "$checks" pages "$tmp/info" A4)" || fail "programme.pdf is not A4"
    echo "programme.pdf: $pages A4 pages"
    [ "$pages" -ge 2 ] || fail "programme.pdf has $pages page(s)"
    has_text "$programme" "Lundi 9 novembre 2009" \
      "Conférence-débat : faire fructifier son argent de manière solidaire" \
      "~$base/conference-finance-solidaire/" "~$base/village-ess/"
    pdftotext -raw "$programme" "$tmp/text"
    python3 "$checks" absent "$tmp/text" "Aller au contenu" "Flux Atom" "Site publié avec" ||
      fail "programme.pdf prints the navigation or the footer"

    for slug in conference-finance-solidaire village-ess colloque-ess-innovation \
      conference-habitat-cooperatif-saint-quentin festival-theatre-amateur projection-debat-les-lip; do
      fits "$slug"
    done

    # Every press release is one A4 page, whatever the length of its event's text.
    for communique in "$out"/events/*/communique.pdf; do
      one_page "$communique" A4
    done
    echo "press releases: $(ls "$out"/events/*/communique.pdf | wc -l), each one A4 page"
    communique="$out/events/colloque-ess-innovation/communique.pdf"
    has_text "$communique" "COMMUNIQUÉ DE PRESSE" "Colloque « ESS et Innovation »" \
      "Espace Dewailly, Amiens, jeudi 3 décembre 2009, 9 h – 17 h." "Infos pratiques" \
      "Gratuit, sur inscription" "Contact presse" "presse@cres-picardie.org" "03 22 66 07 65" \
      "~$base/colloque-ess-innovation/"
    qr_decodes_to "$communique" "$base/colloque-ess-innovation/"
    pdftotext -raw "$communique" "$tmp/text"
    python3 "$checks" absent "$tmp/text" "Aller au contenu" "Flux Atom" "Retour à l'événement" ||
      fail "$communique prints the navigation, the footer or the screen's links"

    # Each department's programme: A4, its own events and not the others'.
    for id in somme oise aisne; do
      pdf="$out/departments/$id/programme.pdf"
      pdfinfo "$pdf" >"$tmp/info"
      pages="$(python3 "$checks" pages "$tmp/info" A4)" || fail "$pdf is not A4"
      echo "departments/$id/programme.pdf: $pages A4 page(s)"
      grep -q '<p class="listing-print"><a href="../../departments/'"$id"'/programme/index.html">Programme imprimable</a> (<a href="../../departments/'"$id"'/programme.pdf" download>PDF</a>)</p>' \
        "$out/departments/$id/index.html" || fail "departments/$id/index.html does not link its printed programme"
    done
    has_text "$out/departments/somme/programme.pdf" "Programme : Somme" \
      "Conférence-débat : faire fructifier son argent de manière solidaire"
    pdftotext -raw "$out/departments/oise/programme.pdf" "$tmp/text"
    python3 "$checks" absent "$tmp/text" "Conférence-débat : faire fructifier son argent de manière solidaire" \
      "Aller au contenu" || fail "the Oise's programme prints another department's event, or the navigation"

    kit="$out/presse/dossier-de-presse.pdf"
    pdfinfo "$kit" >"$tmp/info"
    pages="$(python3 "$checks" pages "$tmp/info" A4)" || fail "the press kit is not A4"
    echo "dossier-de-presse.pdf: $pages A4 pages"
    has_text "$kit" "DOSSIER DE PRESSE" "Les temps forts" "Trophée" \
      "Le programme par département" "Somme" "Oise" "Aisne" "Les éditions précédentes" \
      "2008" "1 400" "Contact presse"
    ;;
  fixtures)
    # 4 posters and their press releases, the programme, the press kit and the
    # programme of the Somme; 4 sharing images.
    print_all "$site" 11 4
    # The press releases of the crowded events, with the press contact, still
    # print on one A4 page: the 1,000-word body beside the 200-character title
    # is cut to its beginning, with a link to the whole text.
    for communique in "$out"/events/*/communique.pdf; do
      one_page "$communique" A4
    done
    communique="$out/events/titre-de-deux-cents-caracteres/communique.pdf"
    has_text "$communique" "Un forum." "Le matin : tables rondes" \
      "Le texte complet sur la page de la manifestation, à l'adresse ci-dessous" \
      "~https://example.org/mois-ess/events/titre-de-deux-cents-caracteres/"
    pdftotext -raw "$communique" "$tmp/text"
    python3 "$checks" absent "$tmp/text" "Pour venir" || fail "$communique holds the whole body"
    village="$out/events/village-soixante-stands/poster.pdf"
    mapfile -t exhibitors < <(python3 "$checks" exhibitors "$site/content/events/village-soixante-stands.md")
    [ "${#exhibitors[@]}" -eq 60 ] || fail "expected 60 exhibitors in the fixture, read ${#exhibitors[@]}"
    has_text "$village" "${exhibitors[@]}" "Renseignements au 03 22 66 07 65"
    qr_decodes_to "$village" "https://example.org/mois-ess/events/village-soixante-stands/"

    long_title="$(sed -n 's/^title: "\(.*\)"$/\1/p' "$site/content/events/titre-de-deux-cents-caracteres.md")"
    [ "${#long_title}" -ge 200 ] || fail "the long title has ${#long_title} characters"
    has_text "$out/events/titre-de-deux-cents-caracteres/poster.pdf" "$long_title" \
      "Renseignements au 03 22 66 07 65"
    has_text "$out/events/conference-annulee-a4/poster.pdf" "ANNULÉ" "Le 16 novembre - 18 h" \
      "OÙ…" "Renseignements au 03 22 66 07 65"
    has_text "$out/events/colloque-dix-sessions/poster.pdf" "Accueil des participants" \
      "Clôture et remise du Trophée" "Renseignements au 03 22 66 07 65"
    for slug in village-soixante-stands titre-de-deux-cents-caracteres conference-annulee-a4 \
      colloque-dix-sessions; do
      fits "$slug"
    done
    ;;
  screenshot)
    "$affiche" build --source "$site" --out "$out" >/dev/null 2>&1 || fail "affiche build failed"
    shot="$tmp/poster.png"
    chromium "${chromium_flags[@]}" --user-data-dir="$tmp/profile" --hide-scrollbars \
      --window-size=1123,1587 --screenshot="$shot" \
      "file://$out/events/village-ess/poster/index.html" >/dev/null 2>&1 || true
    if [ -f "$shot" ]; then
      python3 "$checks" png "$shot" 1123 1587 || fail "the screenshot of the poster preview"
      if [ -n "${AFFICHE_SCREENSHOT_DIR:-}" ]; then cp "$shot" "$AFFICHE_SCREENSHOT_DIR/"; fi
    else
      fail "Chromium wrote no screenshot"
    fi
    ;;
  *)
    echo "posters_pdf.sh: unknown mode $mode" >&2
    exit 2
    ;;
esac

if [ "$failures" -gt 0 ]; then
  echo "posters_pdf.sh $mode: $failures failure(s)" >&2
  exit 1
fi
echo "posters_pdf.sh $mode: all checks passed"
