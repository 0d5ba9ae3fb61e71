#!/usr/bin/env bash
# The value of a field in record i depends only on (seed, locale, field, i):
# asking for other fields alongside it, in any order, or for more records,
# changes nothing.
# Usage: generate_independence.sh PATH/TO/gtest-data
set -euo pipefail
program=$1
alone=$("$program" generate internet.email --count 50 --seed 7 --locale de_DE --format csv | tr -d '\r' | tail -n +2)
mixed=$("$program" generate person.full_name address.city internet.email finance.iban \
          --count 80 --seed 7 --locale de_DE --format csv | tr -d '\r' \
        | awk -F, 'NR > 1 && NR <= 51 {print $3}')
if [ "$alone" != "$mixed" ]; then
  echo "internet.email differs when other fields are generated alongside it:"
  diff <(echo "$alone") <(echo "$mixed") | head -n 10
  exit 1
fi
reordered=$("$program" generate finance.iban internet.email lorem.word \
          --count 50 --seed 7 --locale de_DE --format csv | tr -d '\r' \
        | awk -F, 'NR > 1 {print $2}')
if [ "$alone" != "$reordered" ]; then
  echo "internet.email differs when the fields are reordered or others removed:"
  diff <(echo "$alone") <(echo "$reordered") | head -n 10
  exit 1
fi
other_seed=$("$program" generate internet.email --count 50 --seed 8 --locale de_DE --format csv | tr -d '\r' | tail -n +2)
if [ "$alone" = "$other_seed" ]; then
  echo "seeds 7 and 8 gave the same emails"
  exit 1
fi
echo "ok: 50 emails identical alone, among other fields and reordered; another seed differs"
