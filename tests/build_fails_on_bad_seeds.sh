#!/usr/bin/env bash
# Breaks a copy of the real seeds four ways (bad date, dangling reference, missing translation, missing
# source) and checks that `cargo check` fails, reporting all four at once with file, line, record and field.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Cargo.toml Cargo.lock build.rs src seeds "$work/"
s="$work/seeds"

# Each break: the line it lands on is looked up, not hard-coded, so the test survives edits to the seeds.
date_line=$(grep -n 'date = "2025-04-28"' "$s/events.toml" | head -1 | cut -d: -f1)
sed -i "${date_line}s/2025-04-28/2025-04-31/" "$s/events.toml"
ref_line=$(grep -n '^a = "gunma"' "$s/partnerships.toml" | head -1 | cut -d: -f1)
sed -i "${ref_line}s/gunma/gumna/" "$s/partnerships.toml"
ja_line=$(grep -n '^name.ja = "群馬県"' "$s/places.toml" | head -1 | cut -d: -f1)
sed -i "${ja_line}d" "$s/places.toml"
src_line=$(grep -n '^sources = \["src-wvr-plenary"\]' "$s/quotes.toml" | head -1 | cut -d: -f1)
sed -i "${src_line}d" "$s/quotes.toml"
gunma_name_line=$((ja_line - 2))
quote_id_line=$(awk -v l="$src_line" 'NR < l && /^id = / { n = NR } END { print n }' "$s/quotes.toml")
quote_id=$(sed -n "${quote_id_line}p" "$s/quotes.toml" | cut -d'"' -f2)

if out=$(cd "$work" && CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}" cargo check --quiet 2>&1); then
  echo "FAIL: the build succeeded with broken seeds"
  exit 1
fi
status=0
expect() {
  if grep -qF -- "$1" <<<"$out"; then
    echo "ok: $1"
  else
    echo "FAIL: missing message: $1"
    status=1
  fi
}
expect "seeds/events.toml:$date_line: record \`ishiba-chinh-talks\`, field \`date\`: invalid date: 2025-04 has no day 31 (value: \"2025-04-31\")"
expect "seeds/partnerships.toml:$ref_line: record \`p-gunma-ninh-binh\`, field \`a\`: refers to no place (value: \"gumna\")"
expect "seeds/places.toml:$gunma_name_line: record \`gunma\`, field \`name.ja\`: missing translation"
expect "seeds/quotes.toml:$quote_id_line: record \`$quote_id\`, field \`sources\`: is missing"
expect "error: 4 problem(s) in seeds/:"
[ "$status" = 0 ] || { echo "--- build output ---"; echo "$out"; }
exit "$status"
