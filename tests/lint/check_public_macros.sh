#!/usr/bin/env bash
# The public surface, as GoogleTest keeps its own (STYLE.md section 4):
#   - every public macro (a #define in include/gtest_data/ that is not an
#     include guard and not GTEST_DATA_INTERNAL_*) is at most 5 lines;
#   - no GoogleTest internal (::testing::internal, GTEST_*_ macros) appears
#     in a public header outside include/gtest_data/internal/.
# Prints each violation as FILE:LINE: what, and exits 1 if there is any.
#
#   check_public_macros.sh INCLUDE_DIR
set -euo pipefail
root=${1:?usage: check_public_macros.sh INCLUDE_DIR}
status=0
while IFS= read -r -d '' header; do
  awk -v file="$header" '
    function finish() {
      if (name != "" && lines > 5) {
        printf "%s:%d: public macro %s is %d lines; at most 5 (move the body into a GTEST_DATA_INTERNAL_ macro)\n", file, start, name, lines
        bad = 1
      }
      name = ""
    }
    /^#define / {
      n = $2; sub(/\(.*/, "", n)
      if (n !~ /_H_$/ && n !~ /^GTEST_DATA_INTERNAL_/) { name = n; start = NR; lines = 1 } else { name = "" }
      continuing = /\\$/
      if (!continuing) finish()
      next
    }
    continuing {
      if (name != "") lines++
      continuing = /\\$/
      if (!continuing) finish()
    }
    END { exit bad }
  ' "$header" || status=1
  case $header in
    */include/gtest_data/internal/*) ;;
    *)
      if grep -nE 'testing::internal|\bGTEST_[A-Z0-9_]+_\(' "$header" | grep -v 'GTEST_DATA_' \
          | sed "s|^|$header:|; s|\$|: a GoogleTest internal in a public header|"; then
        status=1
      fi
      ;;
  esac
done < <(find "$root" -name '*.h' -print0 | sort -z)
exit $status
