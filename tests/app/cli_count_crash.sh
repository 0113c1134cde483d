#!/usr/bin/env bash
# Crash durability of counting (issue 6): stockroom-cli count scan --stdin takes scans the way a
# scanner types them and prints each one once it is stored; it is killed with SIGKILL while
# scanning, several times, and every scan it reported as accepted is in the reopened replica.
#   cli_count_crash.sh CLI WORK_DIR
set -euo pipefail
cli=$1 work=$2
rm -rf "$work" && mkdir -p "$work" && cd "$work"
fail() { echo "cli_count_crash: $*" >&2; exit 1; }

"$cli" --db c.db init --location S07 >/dev/null
printf 'sku;name;category;barcodes;unit_cost;price\nA-1;Alpha;Test;;1,00;2,00\nB-2;Beta;Test;;1,00;2,00\nC-3;Gamma;Test;;1,00;2,00\n' >products.csv
"$cli" --db c.db import products products.csv >/dev/null
id=$("$cli" --db c.db count start --scope store)

skus=(A-1 B-2 C-3)
declare -A acked=([A-1]=0 [B-2]=0 [C-3]=0)
unknown_acked=()
scanner_pid=
trap '[[ -n "$scanner_pid" ]] && kill -9 "$scanner_pid" 2>/dev/null || true' EXIT

for round in 1 2 3 4 5; do
    coproc SCANNER { exec "$cli" --db c.db count scan "$id" --stdin --json 2>scanner.err; }
    scanner_pid=$SCANNER_PID
    kill_after=$((15 + round * 9))
    for ((i = 1; ; i++)); do
        if ((i % 7 == 0)); then code="UNKNOWN-$round-$i"; else code=${skus[i % 3]}; fi
        if ((i % 5 == 0)); then scan="3*$code"; else scan=$code; fi
        echo "$scan" >&"${SCANNER[1]}"
        if ((i > kill_after)); then
            # This scan is in flight: kill the scanner before, while or after it stores it.
            kill -9 "$scanner_pid"
            break
        fi
        read -r -t 10 answer <&"${SCANNER[0]}" || fail "round $round: no answer to scan $i ($(cat scanner.err))"
        [[ $answer == *'"code":"'"$code"'"'* ]] || fail "round $round: scan $i answered $answer"
        added=$( [[ $scan == 3\** ]] && echo 3 || echo 1 )
        if [[ $code == UNKNOWN-* ]]; then
            unknown_acked+=("$code")
        else
            acked[$code]=$((acked[$code] + added))
        fi
    done
    wait "$scanner_pid" 2>/dev/null && fail "round $round: the scanner was not killed"
    scanner_pid=

    # Reopened by a new process: every acknowledged scan is there; at most the one in flight
    # is there too.
    lines=$("$cli" --db c.db count lines "$id") || fail "round $round: cannot read the count"
    for sku in "${skus[@]}"; do
        counted=$(sed -n "s/^$sku  *counted \([0-9]*\).*/\1/p" <<<"$lines")
        counted=${counted:-0}
        ((counted >= acked[$sku])) || fail "round $round: $sku counted $counted, but ${acked[$sku]} were acknowledged"
        ((counted <= acked[$sku] + 3)) || fail "round $round: $sku counted $counted, more than acknowledged (${acked[$sku]}) and the scan in flight"
        acked[$sku]=$counted # the scan in flight, when it was stored, counts from now on
    done
    for code in "${unknown_acked[@]}"; do
        grep -qF "unknown code \"$code\"" <<<"$lines" || fail "round $round: acknowledged unknown code $code is missing"
    done
done
"$cli" --db c.db count submit "$id" >/dev/null || fail "submit after the crashes"
"$cli" --db c.db verify >/dev/null || fail "verify after the crashes"
echo "cli_count_crash: every acknowledged scan survived 5 SIGKILLs (${acked[A-1]}+${acked[B-2]}+${acked[C-3]} units, ${#unknown_acked[@]} unknown codes)"
