#!/bin/sh
# An export → import round trip of every kind, as when a school moves its books to a new
# PC: a school year (tests/data/year-*.csv, with a retired member's status date, a
# reversed welfare grant, a gift to three members in one entry with one of them
# reversed, a reversed manual entry, money owed upward, drive money handed over and
# paid out, a retiree's dues cancelled after saving — once paid again —, a gift and a
# handover reversed, donation drives with their causes — one without gifts, one dated
# before its first gift, two sessions of the staff congress with their delegates and
# proposals made to them: tests/data/rt-*.csv; the school's name, a dues rate of 1% and the books
# begun in September 2024 set) is imported into A; every kind is exported and
# imported into a fresh B in three orders (A's own, the ledger first and visits before
# welfare, the ledger last). B must give back exactly what A exports — the same records,
# the same ledger entries (none posted twice), the same must-visit cases — and the same
# report, text and CSV, for both calendar years.
. "$(dirname "$0")/lib.sh"

KINDS="members dues ledger welfare visits events signups donations handovers congress proposals settings caps"
A="$TMP/a.db"
gh() { db=$1; shift; "$BIN" -f "$db" "$@"; }

for k in $KINDS; do
	[ -f "$DATA/year-$k.csv" ] || continue
	gh "$A" import "$k" "$DATA/year-$k.csv" >/dev/null 2>"$ERR" ||
		fail "A: import year-$k" "$(cat "$ERR")"
done
for k in members dues ledger welfare donations handovers congress proposals; do
	gh "$A" import "$k" "$DATA/rt-$k.csv" >/dev/null 2>"$ERR" ||
		fail "A: import rt-$k" "$(cat "$ERR")"
done

# set after the imports: the year's dues keep the amounts they were paid with, and the
# report expects 1% of the wage base from September 2024 on and counts the welfare
# against Anhui's caps (which a festival gift in cash breaks: caps are imported after
# welfare, whose rows they would refuse)
gh "$A" set school_name=红星乡中心小学 union_name=红星乡中心小学工会 dues_rate=1 \
	books_start=2024-09 >/dev/null 2>"$ERR" || fail "A: set" "$(cat "$ERR")"
gh "$A" caps anhui >/dev/null 2>"$ERR" || fail "A: caps anhui" "$(cat "$ERR")"

snapshot() { # DB DIR: every kind's export and the reports of 2024 and 2025
	mkdir -p "$2"
	for k in $KINDS; do gh "$1" export "$k" >"$2/$k.csv"; done
	for y in 2024 2025; do
		gh "$1" report --year $y >"$2/report-$y.txt"
		gh "$1" report --year $y --format csv >"$2/report-$y.csv"
	done
}
snapshot "$A" "$TMP/A"

# A itself: 28 entries from the year (its dues one entry per month and day paid, 35
# fewer than one per dues row), 4 more from rt-ledger.csv, 2 from the reversed grant
# (its entry and the red one), 2 from the gift to three (its one entry and the part
# taken back), 3 gifts of rt-donations.csv and the red entry of the one reversed, 2
# handovers and the red entry of the one reversed, and from rt-dues.csv 4 days'
# payments and 2 corrections of payments cancelled.
n=$(($(wc -l <"$TMP/A/ledger.csv") - 1))
if [ "$n" = 49 ]; then ok "A: 49 ledger entries"; else fail "A: 49 ledger entries" "$n"; fi
expect_grep "A: a payment cancelled is exported with the day of its cancellation" \
	"2025-02,T008,15.00,2025-02-20,2025-02-21" "$TMP/A/dues.csv"
expect_grep "A: … before the payment that stands" "2025-02,T008,15.00,2025-02-25," \
	"$TMP/A/dues.csv"
expect_grep "A: its correction" \
	"2025-02-21,,401,101,15.00,Dues for 2025-02 cancelled: 孙丽 (T008),dues" "$TMP/A/ledger.csv"
expect_grep "A: the gift to three is one entry" \
	"2025-05-01,,50205,101,150.00,Welfare for 3 members: holiday,welfare" "$TMP/A/ledger.csv"
expect_grep "A: one member's part of it taken back" \
	"2025-05-08,,101,50205,50.00,Welfare for T002 王芳 cancelled: holiday,welfare" \
	"$TMP/A/ledger.csv"
expect_grep "A: the gift's rows carry its number" \
	"2025-05-01,T002,holiday,50.00,,0.00,union,劳动节慰问,2025-05-08,1" "$TMP/A/welfare.csv"
expect_grep "A: the handover" "2025-06-10,,231,101,500.00,Donations of 为王老师爱心捐款 handed over to 王老师家属,donation" \
	"$TMP/A/ledger.csv"
expect_grep "A: the reversed gift's red entry carries the donation source" \
	"2025-04-05,,101,231,-30.00,Reversal of 2025-04-03: Donation to 为李老师家属捐款: 李明,donation" \
	"$TMP/A/ledger.csv"
expect_text "A: the handovers, the reversed one with the day it was taken back" \
	"$TMP/A/handovers.csv" <<'END'
drive,date,recipient,amount,note,account,reversed_on
为王老师爱心捐款,2025-06-10,王老师家属,500.00,第一次转交,101,
为王老师爱心捐款,2025-06-11,王老师家属,100.00,金额录错,101,2025-06-12
END
expect_grep "A: the reversed grant is exported with the day of its reversal" \
	"2025-02-01,T004,hospital,100.00,,0.00,union,录错了人,2025-02-03" "$TMP/A/welfare.csv"
expect_grep "A: the retired member keeps her status date" \
	"T008,孙丽,f,1964-04-04,1986-09-01,retired,teacher,退休组,,3000.00,,2025年3月退休,2025-03-01" \
	"$TMP/A/members.csv"
# A drive's cause goes out with it: on the drive's own row when it has no gifts or is
# dated before the first, else on its first gift.
expect_text "A: the drives' causes and dates in the donations" "$TMP/A/donations.csv" <<'END'
drive,date,member_no,donor,amount,note,cause,account,reversed_on
"水灾捐款, 第一批",2024-11-05,T004,,50.00,,,101,
"水灾捐款, 第一批",2024-11-05,T007,,100.00,,,101,
困难教师春节慰问,2025-01-10,,,,,"为两位困难教师募集春节慰问金，
年前送到家中",,
助学捐款,2025-03-01,,,,,资助困难学生,,
助学捐款,2025-03-05,T001,,80.00,,,101,
为李老师家属捐款,2025-04-02,T002,,60.00,,李老师家中失火,101,
为李老师家属捐款,2025-04-03,T004,,30.00,录错了人,,101,2025-04-05
为王老师爱心捐款,2025-06-03,T001,,200.00,,,101,
为王老师爱心捐款,2025-06-03,T002,,100.50,,,101,
为王老师爱心捐款,2025-06-04,,校友李明,500.00,,,101,
END
# The sessions go out with their delegates by number (in the roll's order, separated by
# spaces) and each proposal with its session's name, which brings it back to the session.
expect_text "A: the congress sessions and their delegates" "$TMP/A/congress.csv" <<'END'
name,date,note,delegates
六届四次教代会,2024-09-06,,T001 T003
六届五次教代会,2025-03-15,到会代表4人，列席1人,T001 T002 T004 T008
END
expect_text "A: the proposals, each with its session or none" "$TMP/A/proposals.csv" <<'END'
date,member_no,title,status,answer,answered_on,session
2024-09-06,T003,退休教师每年体检一次,adopted,已列入明年预算,2024-10-08,六届四次教代会
2024-11-01,T001,食堂增加早餐品种,answered,已与食堂协商,2024-11-20,
2025-03-01,T002,增设教师休息室,received,,,
2025-03-05,,"校车路线调整, 增加一站",adopted,采纳,2025-03-20,
2025-03-06,T004,更换办公桌椅,rejected,经费不足,2025-04-01,
2025-03-15,T008,教师周转房维修,answered,暑假维修,2025-04-01,六届五次教代会
2025-03-15,,教代会集体提案：校园绿化,received,,,六届五次教代会
2025-04-01,T007,延长图书馆开放时间,answered,已安排,2025-04-10,
END
expect_text "A: the settings set, as typed" "$TMP/A/settings.csv" <<'END'
key,value
school_name,红星乡中心小学
union_name,红星乡中心小学工会
dues_mode,percent
dues_rate,1.0
dues_fixed,0.00
funds_kept_percent,60
books_start,2024-09
END
expect_grep "A: the report's title and its dues at 1% from September 2024" \
	"红星乡中心小学工会" "$TMP/A/report-2024.txt"
expect_grep "A: the caps, a preset" "holiday,2200.00,1,anhui" "$TMP/A/caps.csv"
expect_grep "A: the manual reversal is exported as one" \
	"2025-04-03,J008,501,101,-99.00,Reversal of 2025-04-02: 记错的支出,reversal" \
	"$TMP/A/ledger.csv"
expect_grep "A: the red entry of the reversed grant carries the welfare source" \
	"2025-02-03,,50205,101,-100.00,Reversal of 2025-02-01: Welfare for T004 李明: hospital stay,welfare" \
	"$TMP/A/ledger.csv"

roundtrip() { # NAME KIND…
	name=$1
	shift
	B="$TMP/b-$name.db"
	for k in "$@"; do
		gh "$B" import "$k" "$TMP/A/$k.csv" >"$TMP/said-$k" 2>"$ERR" ||
			fail "$name: import $k" "$(cat "$ERR")"
	done
	expect_text "$name: the ledger import leaves the 39 posted entries to their kinds" \
		"$TMP/said-ledger" <<END
Imported 10 rows from $TMP/A/ledger.csv.
39 entries posted by dues, welfare or donations were left to their own imports, which post them with their records.
END
	snapshot "$B" "$TMP/B-$name"
	for f in $KINDS; do
		expect_text "$name: $f exported again is the same" "$TMP/B-$name/$f.csv" \
			<"$TMP/A/$f.csv"
	done
	for f in report-2024.txt report-2024.csv report-2025.txt report-2025.csv; do
		expect_text "$name: $f is the same" "$TMP/B-$name/$f" <"$TMP/A/$f"
	done
}
expect_grep "A: the year's report leaves the reversed gift out" \
	"donations,为李老师家属捐款,1,60.00" "$TMP/A/report-2025.csv"
roundtrip in-order $KINDS
roundtrip ledger-first settings members ledger events signups donations handovers visits \
	welfare caps dues congress proposals
roundtrip ledger-last members events congress proposals signups visits donations settings \
	handovers welfare dues caps ledger
