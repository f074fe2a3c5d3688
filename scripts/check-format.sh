#!/usr/bin/env bash
# Fails when a C++ source is not formatted with the committed .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check-format: clang-format not installed (make deps)"; exit 1; }
mapfile -t files < <(git ls-files 'core/*.cpp' 'core/*.h' 'cli/*.cpp' 'cli/*.h' 'gui/*.cpp' 'gui/*.h' \
  'tests/*.cpp' 'tests/*.h' | grep -v '^tests/data/')
if clang-format --dry-run -Werror "${files[@]}" 2>/tmp/check-format.$$; then
  rm -f /tmp/check-format.$$
  echo "${#files[@]} files formatted"; echo "1 passed, 0 failed"
else
  head -30 /tmp/check-format.$$; rm -f /tmp/check-format.$$
  echo "run: clang-format -i on the files above"; echo "0 passed, 1 failed"; exit 1
fi
