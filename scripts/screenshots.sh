#!/usr/bin/env bash
# Renders the main screens in English and Chinese under Xvfb into docs/screenshots/.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
app="$build/gui/pullscope"
[ -x "$app" ] || { echo "screenshots: build the GUI first ($app missing)"; exit 2; }
out=docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=xcb
# A throwaway settings folder: screenshots never depend on the developer's layout.
export XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
shoot() { # lang name selection
  xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$app" --lang "$1" --select "$3" --screenshot "$out/$2-$1.png"
  echo "wrote $out/$2-$1.png"
}
for lang in en zh_CN; do
  shoot "$lang" image-not-found training/nginx-deployment-7d5bc8f9c6-xqz2k/nginx
  shoot "$lang" pull-secret-missing training/evaluator-mh4mzgm7xz-bz27r/evaluator
  shoot "$lang" cached-ok training/dataset-indexer-xjdqqff95c-v8mqx/indexer
  shoot "$lang" not-a-pull-problem training/report-api-l7ndl5phzx-km5xb/report-api
done
# The fix wizards, opened from the cause card of their scenarios.
for lang in en zh_CN; do
  for w in "secret training/evaluator-mh4mzgm7xz-bz27r/evaluator" \
           "proxy training/statsd-exporter-nblnrw7tnq-jzfcs/exporter" \
           "mirror training/preprocess-xxtqcct9wk-qd6pf/preprocess"; do
    set -- $w
    xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$app" --lang "$lang" --select "$2" --fix \
      --screenshot "$out/wizard-$1-$lang.png"
    echo "wrote $out/wizard-$1-$lang.png"
  done
done
# The registry probe on a finished failing probe (unknown authority, certificate shown):
# the GUI test starts a TLS docker-registry on loopback and renders the dialog.
probe_test="$build/tests/tst_probedialog"
if [ -x "$probe_test" ]; then
  PULLSCOPE_SCREENSHOT_DIR="$PWD/$out" xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$probe_test" screenshots
else
  echo "screenshots: $probe_test missing (build the tests) - probe-*.png not rendered"
fi
# Live clusters: the connect dialog, a failing connect explained by the auth doctor, and
# the window watching the project's own API server (the training cluster), per language.
live_test="$build/tests/tst_livewindow"
if [ -x "$live_test" ]; then
  PULLSCOPE_SCREENSHOT_DIR="$PWD/$out" xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$live_test" screenshots
else
  echo "screenshots: $live_test missing (build the tests) - live-*.png not rendered"
fi
# The audit window (findings and correlation tabs) and the alert rules wizard, per language.
audit_test="$build/tests/tst_auditview"
if [ -x "$audit_test" ]; then
  PULLSCOPE_SCREENSHOT_DIR="$PWD/$out" xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$audit_test" screenshots
else
  echo "screenshots: $audit_test missing (build the tests) - audit-*.png not rendered"
fi
# Training: the scenario gallery, per language.
gallery_test="$build/tests/tst_gallery"
if [ -x "$gallery_test" ]; then
  PULLSCOPE_SCREENSHOT_DIR="$PWD/$out" xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$gallery_test" screenshots
else
  echo "screenshots: $gallery_test missing (build the tests) - gallery-*.png not rendered"
fi
# Training: presenter mode (half way and with the cause) and the side-by-side view with its
# glossary tab, per language.
for t in presenter sidebyside; do
  t_bin="$build/tests/tst_$t"
  if [ -x "$t_bin" ]; then
    PULLSCOPE_SCREENSHOT_DIR="$PWD/$out" xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$t_bin" screenshots
  else
    echo "screenshots: $t_bin missing (build the tests) - $t screenshots not rendered"
  fi
done
# Training: the quiz, a question page and the result page, per language.
quiz_test="$build/tests/tst_quizdialog"
if [ -x "$quiz_test" ]; then
  PULLSCOPE_SCREENSHOT_DIR="$PWD/$out" xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$quiz_test" screenshots
else
  echo "screenshots: $quiz_test missing (build the tests) - quiz-*.png not rendered"
fi
