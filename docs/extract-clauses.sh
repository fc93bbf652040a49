#!/usr/bin/env bash
# Writes docs/contract-clauses.txt from docs/CONTRACT.md: one line per clause id, in document order,
#   ID<TAB>checkable|not-checkable<TAB>reason (empty when checkable)
# A clause is a list item whose first line starts with the id in bold backticks; it is not checkable when that same
# line carries "*(not checkable end-to-end: <reason>)*" (the reason holds no closing parenthesis).
set -euo pipefail
cd "$(dirname "$0")"
grep -E '^- \*\*`[A-Z]+(-[A-Z]+)*-[0-9]+`\*\*' CONTRACT.md |
  sed -E 's/^- \*\*`([A-Z]+(-[A-Z]+)*-[0-9]+)`\*\*(.*)$/\1\t\3/' |
  awk -F'\t' '{
    reason = ""; kind = "checkable"
    if (match($2, /\*\(not checkable end-to-end: [^)]*\)\*/)) {
      kind = "not-checkable"
      reason = substr($2, RSTART + 28, RLENGTH - 30)
    }
    printf "%s\t%s\t%s\n", $1, kind, reason
  }' > contract-clauses.txt
# Sanity: every bold-backtick id in the page is a clause line, and no id repeats.
all=$(grep -oE '\*\*`[A-Z]+(-[A-Z]+)*-[0-9]+`\*\*' CONTRACT.md | wc -l)
listed=$(wc -l < contract-clauses.txt)
[ "$all" -eq "$listed" ] || { echo "ids outside clause lines: $all ids, $listed clauses" >&2; exit 1; }
dups=$(cut -f1 contract-clauses.txt | sort | uniq -d)
[ -z "$dups" ] || { echo "duplicate ids: $dups" >&2; exit 1; }
checkable=$(grep -c $'\tcheckable\t' contract-clauses.txt || true)
echo "$listed clauses: $checkable checkable, $((listed - checkable)) not checkable"
