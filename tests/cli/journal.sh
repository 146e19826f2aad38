#!/bin/sh
# For the accountant: export accounts (the chart), export ledger --format journal (an
# hledger journal) and --format vouchers (日期,凭证字号,摘要,科目编码,科目名称,借方,贷方).
# The journal of a school year (tests/data/year-*.csv) is read by hledger when it is
# installed (make deps installs it), and hledger's totals must be the report's, to the fen.
. "$(dirname "$0")/lib.sh"

# ---- a small book, written out exactly ----
new_db
cat >"$TMP/l.csv" <<'END'
date,voucher,debit,credit,amount,description,source
2025-03-01,J(1),101,401,100.00,会费;三月,manual
2025-03-05,,50205,101,30.00,*看望  住院,manual
2025-03-06,记-001,501,102,20.00,活动,manual
2025-03-07,,50204,101,10.00,帮扶,manual
2025-03-08,记-001,501,102,-20.00,Reversal of 2025-03-06: 活动,reversal
2025-04-02,,101,408,5.00,其他,manual
END
run import ledger "$TMP/l.csv"
expect_rc 0 "the small book imports"

run export accounts
expect_out "export accounts: the chart" <<'END'
code,name,type,parent
101,库存现金,asset,
102,银行存款,asset,
221,应付上级经费,liability,
231,代管经费,liability,
301,资产基金,net,
302,结余,net,
401,会费收入,income,
402,拨缴经费收入,income,
403,上级补助收入,income,
404,政府补助收入,income,
405,行政补助收入,income,
408,其他收入,income,
501,职工活动支出,expense,
50101,职工教育支出,expense,501
50102,文体活动支出,expense,501
50103,宣传活动支出,expense,501
50104,职工集体福利支出,expense,501
502,维权支出,expense,
50204,困难职工帮扶费,expense,502
50205,送温暖费,expense,502
503,业务支出,expense,
505,资本性支出,expense,
508,其他支出,expense,
END
run export accounts --headers zh_TW
expect_grep "export accounts --headers zh_TW: 科目編碼 …" "科目編碼,科目名稱,科目類別,上級科目" "$OUT"
expect_grep "export accounts --headers zh_TW: 支出 under 501" "50104,职工集体福利支出,支出,501" "$OUT"
run import accounts "$TMP/l.csv"
expect_rc 1 "import accounts: refused"
expect_err "import accounts: says so" <<'END'
accounts can be exported but not imported.
END

run export ledger --format vouchers
expect_out "vouchers: a debit and a credit row per entry; 记-002 and 记-003 where 记-001 is taken" <<'END'
日期,凭证字号,摘要,科目编码,科目名称,借方,贷方
2025-03-01,J(1),会费;三月,101,库存现金,100.00,
2025-03-01,J(1),会费;三月,401,会费收入,,100.00
2025-03-05,记-002,*看望  住院,50205,送温暖费,30.00,
2025-03-05,记-002,*看望  住院,101,库存现金,,30.00
2025-03-06,记-001,活动,501,职工活动支出,20.00,
2025-03-06,记-001,活动,102,银行存款,,20.00
2025-03-07,记-003,帮扶,50204,困难职工帮扶费,10.00,
2025-03-07,记-003,帮扶,101,库存现金,,10.00
2025-03-08,记-001,Reversal of 2025-03-06: 活动,501,职工活动支出,-20.00,
2025-03-08,记-001,Reversal of 2025-03-06: 活动,102,银行存款,,-20.00
2025-04-02,记-001,其他,101,库存现金,5.00,
2025-04-02,记-001,其他,408,其他收入,,5.00
END
run export ledger --format vouchers --excel
if [ "$(head -c 4 "$OUT" | od -An -tx1 | tr -d ' ')" = c8d5c6da ]; then
	ok "vouchers --excel: 日期 in GB18030 (c8d5 c6da)"
else fail "vouchers --excel: 日期 in GB18030 (c8d5 c6da)" "$(head -c 4 "$OUT" | od -An -tx1)"; fi

run export ledger --format journal
expect_rc 0 "journal: exit 0"
expect_out "journal: the chart as account directives, then one transaction per entry" <<'END'
; The books exported by gonghui: one transaction per entry, the debit account first.

decimal-mark .

account 101 库存现金  ; type: A
account 102 银行存款  ; type: A
account 221 应付上级经费  ; type: L
account 231 代管经费  ; type: L
account 301 资产基金  ; type: E
account 302 结余  ; type: E
account 401 会费收入  ; type: R
account 402 拨缴经费收入  ; type: R
account 403 上级补助收入  ; type: R
account 404 政府补助收入  ; type: R
account 405 行政补助收入  ; type: R
account 408 其他收入  ; type: R
account 501 职工活动支出  ; type: X
account 501 职工活动支出:50101 职工教育支出  ; type: X
account 501 职工活动支出:50102 文体活动支出  ; type: X
account 501 职工活动支出:50103 宣传活动支出  ; type: X
account 501 职工活动支出:50104 职工集体福利支出  ; type: X
account 502 维权支出  ; type: X
account 502 维权支出:50204 困难职工帮扶费  ; type: X
account 502 维权支出:50205 送温暖费  ; type: X
account 503 业务支出  ; type: X
account 505 资本性支出  ; type: X
account 508 其他支出  ; type: X

2025-03-01 (J（1）) 会费；三月
    ; source: manual
    101 库存现金  100.00
    401 会费收入  -100.00

2025-03-05 ＊看望 住院
    ; source: manual
    502 维权支出:50205 送温暖费  30.00
    101 库存现金  -30.00

2025-03-06 (记-001) 活动
    ; source: manual
    501 职工活动支出  20.00
    102 银行存款  -20.00

2025-03-07 帮扶
    ; source: manual
    502 维权支出:50204 困难职工帮扶费  10.00
    101 库存现金  -10.00

2025-03-08 (记-001) Reversal of 2025-03-06: 活动
    ; source: reversal
    501 职工活动支出  -20.00
    102 银行存款  20.00

2025-04-02 其他
    ; source: manual
    101 库存现金  5.00
    408 其他收入  -5.00
END
cp "$OUT" "$TMP/small.journal"

# usage errors
run export members --format journal
expect_rc 2 "members --format journal: usage error"
expect_err "members --format journal: says it is the ledger's" <<'END'
gonghui: --format journal and --format vouchers are forms of the ledger: 'gonghui export ledger --format journal'.
Try 'gonghui export --help' for more information.
END
run export ledger --format journal --headers zh
expect_rc 2 "--format journal --headers zh: usage error"
run export ledger --format xml
expect_err "--format xml: names what it knows" <<'END'
gonghui: --format knows csv, journal or vouchers, not 'xml'.
Try 'gonghui export --help' for more information.
END

# ---- a school year: every voucher balances ----
fresh
for k in members dues ledger welfare visits events signups donations proposals; do
	[ -f "$DATA/year-$k.csv" ] || continue
	run import "$k" "$DATA/year-$k.csv"
	[ "$RC" = 0 ] || fail "import year-$k" "$(cat "$ERR")"
done
run export ledger
entries=$(($(grep -c '' "$OUT") - 1))
run export ledger --format vouchers
rows=$(($(grep -c '' "$OUT") - 1))
if [ "$rows" = $((2 * entries)) ]; then ok "vouchers: two rows for each of the $entries entries"
else fail "vouchers: two rows for each of the $entries entries" "$rows rows"; fi
unbalanced=$(tail -n +2 "$OUT" | awk -F, '
	{ k = substr($1, 1, 7) " " $2; d[k] += $(NF - 1); c[k] += $NF }
	END { for (k in d) if (sprintf("%.2f", d[k]) != sprintf("%.2f", c[k])) print k }')
if [ -z "$unbalanced" ]; then ok "vouchers: in every voucher the debits equal the credits"
else fail "vouchers: in every voucher the debits equal the credits" "$unbalanced"; fi
run export ledger --format journal
cp "$OUT" "$TMP/year.journal"

if ! command -v hledger >/dev/null 2>&1; then
	skip "journal read by hledger" "hledger is not installed (make deps installs it)"
	exit 0
fi

if hledger -f "$TMP/small.journal" check accounts >"$TMP/h" 2>&1; then
	ok "hledger check accounts: the small journal"
else fail "hledger check accounts: the small journal" "$(head -3 "$TMP/h")"; fi
hledger -f "$TMP/small.journal" register -O csv >"$TMP/h" 2>&1
expect_grep "hledger reads the voucher and description back" \
	'"1","2025-03-01","J（1）","会费；三月","101 库存现金","100.00","100.00"' "$TMP/h"
if hledger -f "$TMP/year.journal" check accounts >"$TMP/h" 2>&1; then
	ok "hledger check accounts: the year's journal"
else fail "hledger check accounts: the year's journal" "$(head -3 "$TMP/h")"; fi

# hledger's totals against the report's, for both years of the data
for y in 2024 2025; do
	run report --year $y --format csv
	grep -E '^ledger,(opening|closing|income:|expense:)' "$OUT" | cut -d, -f2,4 | sort >"$TMP/want"
	n=$(($(wc -l <"$TMP/want")))
	{
		hledger -f "$TMP/year.journal" balance -b $y-01-01 -e $((y + 1))-01-01 --flat -O csv |
			tail -n +2 | grep -v '^"total"' | tr -d '"' | awk -F, '
			{ n = split($1, part, ":"); split(part[n], w, " "); code = w[1]
			  a = $2 + 0
			  if (code ~ /^4/) printf "income:%s,%.2f\n", code, -a
			  else if (code ~ /^5/) printf "expense:%s,%.2f\n", code, a }'
		for end in $y-01-01 $((y + 1))-01-01; do
			hledger -f "$TMP/year.journal" balance -e $end -N -O csv '^101' '^102' |
				tail -n +2 | tr -d '"' | awk -F, -v end=$end -v y=$y '
				{ s += $2 * 100 }
				END { printf "%s,%.2f\n", end == y "-01-01" ? "opening" : "closing", s / 100 }'
		done
	} | sort >"$TMP/got"
	if [ "$n" -gt 4 ] && cmp -s "$TMP/want" "$TMP/got"; then
		ok "$y: hledger's income, expense, opening and closing are the report's ($n figures)"
	else
		fail "$y: hledger's totals are the report's" "$(diff "$TMP/want" "$TMP/got" | head -8)"
	fi
done
