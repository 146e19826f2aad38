#!/bin/sh
# Command-line tests of events and sign-ups (活动报名), donation drives (爱心捐款) and
# proposals (提案): import with codes or Chinese names (simplified and traditional, the
# sign-ups from a GBK file), the waiting list, export in a stable order with codes and
# yuan, export → import → export giving the same text, and bad rows that leave
# everything as it was; the congress sessions (届次) with their delegates, and the
# proposals that name their session.
. "$(dirname "$0")/lib.sh"

# Run from a copy of the data so FILE:LINE messages name the file as given.
cp "$DATA"/edp-*.csv "$TMP"/
iconv -f UTF-8 -t GB18030 "$DATA/edp-signups.csv" >"$TMP/edp-signups-gbk.csv"
cd "$TMP" || exit 1

fresh
run import members edp-members.csv
expect_rc 0 "import members: exit 0"

# ---- events ------------------------------------------------------------------------
run import events edp-events.csv
expect_rc 0 "import events: exit 0"
expect_out "import events: says how many" <<'END'
Imported 4 rows from edp-events.csv.
END
run export events
expect_rc 0 "export events: exit 0"
expect_out "export events: by start date, kinds as codes, yuan, empty capacity is 0" <<'END'
code,name,kind,start_date,end_date,place,capacity,deadline,fee,budget,note
E2024-09,庆祝教师节,celebration,2024-09-10,,,0,,0.00,500.00,
E2025-01,教职工乒乓球赛,sports,2025-04-12,2025-04-13,学校体育馆,2,2025-04-05,0.00,1200.00,
E2025-02,春季踏青,outing,2025-04-20,,"城郊公园, 东门",0,,15.50,800.00,自带午餐
E2025-03,健康体检,health_check,2025-05-08,,县人民医院,0,,0.00,0.00,每年一次
END
cp "$OUT" events-1.csv

# ---- sign-ups, from a GBK file ---------------------------------------------------------
run import signups edp-signups-gbk.csv
expect_rc 0 "import signups (GBK): exit 0"
expect_out "import signups: says how many" <<'END'
Imported 9 rows from edp-signups-gbk.csv.
END
run export signups
expect_rc 0 "export signups: exit 0"
expect_out "export signups: by event code, then order; capacity 2: the third waits" <<'END'
event_code,member_no,family,status,result
E2024-09,T001,0,attended,优秀组织奖
E2024-09,T006,0,attended,
E2024-09,T002,0,absent,
E2025-01,T001,0,signed,
E2025-01,T002,0,signed,
E2025-01,T003,0,waitlist,
E2025-01,T004,0,cancelled,
E2025-02,T001,2,signed,
E2025-02,T005,1,signed,
END
cp "$OUT" signups-1.csv

# ---- donations: one 101 ← 231 entry per gift -------------------------------------------
run import donations edp-donations.csv
expect_rc 0 "import donations: exit 0"
expect_out "import donations: says how many" <<'END'
Imported 4 rows from edp-donations.csv.
END
run export donations
expect_rc 0 "export donations: exit 0"
expect_out "export donations: by date, outside donor from the note, yuan" <<'END'
drive,date,member_no,donor,amount,note,cause,account,reversed_on
抗洪救灾,2025-06-01,T003,,1000.00,,,101,
为王老师爱心捐款,2025-06-03,T001,,200.00,,,101,
为王老师爱心捐款,2025-06-03,T002,,100.50,现金,,101,
为王老师爱心捐款,2025-06-04,,校友李明,500.00,,,101,
END
cp "$OUT" donations-1.csv
run export ledger
grep -c ',101,231,' "$OUT" >ledger-count
expect_text "donations: four ledger entries 101 ← 231" ledger-count <<'END'
4
END
expect_grep "donations: the entry names drive and giver" \
	'Donation to 为王老师爱心捐款: 校友李明' "$OUT"

# ---- proposals -----------------------------------------------------------------------
run import proposals edp-proposals.csv
expect_rc 0 "import proposals: exit 0"
expect_out "import proposals: says how many" <<'END'
Imported 4 rows from edp-proposals.csv.
END
run export proposals
expect_rc 0 "export proposals: exit 0"
expect_out "export proposals: by date, statuses as codes, anonymous has no number" <<'END'
date,member_no,title,status,answer,answered_on,session
2025-02-20,T002,"校车路线调整, 增加一站",adopted,采纳,2025-03-01,
2025-03-01,T001,食堂增加早餐品种,answered,已与食堂协商，4月起增加,2025-03-20,
2025-03-05,,增设教师休息室,received,,,
2025-03-05,T003,饮水机定期清洗,rejected,,,
END
cp "$OUT" proposals-1.csv

# ---- what export wrote, import reads back to the same records ------------------------------
run export members
cp "$OUT" members-1.csv
second() { "$BIN" -f "$TMP/second.db" "$@" >"$TMP/out2" 2>"$TMP/err2"; }
rm -f second.db
for k in members events signups donations proposals; do
	second import "$k" "$k-1.csv"
	second export "$k"
	if cmp -s "$k-1.csv" "$TMP/out2"; then ok "$k: export → import → export is the same"
	else fail "$k: export → import → export is the same" \
		"$(cat "$TMP/err2"; diff "$k-1.csv" "$TMP/out2" | head -5)"; fi
done

# ---- all rows or none ------------------------------------------------------------------
bad() { # KIND NAME FILE-CONTENT EXPECTED-STDERR
	printf '%s' "$3" >bad.csv
	run export "$1"
	cp "$OUT" before.csv
	run export ledger
	cp "$OUT" ledger-before.csv
	run import "$1" bad.csv
	expect_rc 1 "$2: exit 1"
	printf '%s\n' "$4" >want1
	if cmp -s want1 "$ERR"; then ok "$2: message"
	else fail "$2: message" "got '$(cat "$ERR")', expected '$4'"; fi
	run export "$1"
	if cmp -s before.csv "$OUT"; then ok "$2: nothing imported"
	else fail "$2: nothing imported" "$(diff before.csv "$OUT" | head -3)"; fi
	run export ledger
	if cmp -s ledger-before.csv "$OUT"; then ok "$2: books unchanged"
	else fail "$2: books unchanged" "$(diff ledger-before.csv "$OUT" | head -3)"; fi
}

H=code,name,kind,start_date,end_date,place,capacity,fee,note
bad events "events: code already used" "$H
E2025-10,拔河比赛,sports,2025-10-01,,,,,
E2025-01,乒乓球赛,sports,2025-10-02,,,,,
" "bad.csv:3: Event code E2025-01 is already used."
bad events "events: ends before it starts" "$H
E2025-10,拔河比赛,sports,2025-10-01,2025-09-30,,,,
" "bad.csv:2: The event ends (2025-09-30) before it starts (2025-10-01)."
bad events "events: unknown kind" "$H
E2025-10,拔河比赛,球类,2025-10-01,,,,,
" "bad.csv:2: kind \"球类\" is not one of: sports, culture, outing, health_check, \
rest_leave, blood_donation, training, celebration, other."

H=event_code,member_no,family,status,result
bad signups "signups: twice for one event" "$H
E2025-03,T001,,,
E2025-03,T001,,,
" "bad.csv:3: 张三 (T001) has already signed up for 健康体检."
bad signups "signups: a member who left" "$H
E2025-03,T002,,,
E2025-03,T006,,,
" "bad.csv:3: 周烨 (T006) has left the union and cannot sign up for 健康体检."
bad signups "signups: signed on a full event" "$H
E2025-01,T004,,signed,
" "bad.csv:2: 教职工乒乓球赛 is full (capacity 2): 李四 (T004) can only wait; \
leave the status empty or write waitlist."
bad signups "signups: unknown member" "$H
E2025-03,T002,,,
E2025-03,T404,,,
" "bad.csv:3: No member has the membership number \"T404\"."

H=drive,date,member_no,donor,amount,note
bad donations "donations: amount that is not money" "$H
助学,2025-06-05,T001,,50,
助学,2025-06-05,T002,,abc,
" "bad.csv:3: amount: \"abc\" is not an amount of money."
bad donations "donations: member and outside donor at once" "$H
助学,2025-06-05,T001,李明,50,
" "bad.csv:2: Give either member_no (a member's gift) or donor (a gift from \
outside), not both."
bad donations "donations: an account that is neither cash nor bank" "$H,account
助学,2025-06-05,T001,,50,,bank
助学,2025-06-05,T002,,50,,401
" "bad.csv:3: account: \"401\" is neither cash (101) nor the bank (102)."

H=date,member_no,title,status,answer,answered_on
bad proposals "proposals: answered before it was made" "$H
2025-03-01,T001,增加体育器材,answered,已购置,2025-02-01
" "bad.csv:2: The answer date 2025-02-01 is before the proposal's date 2025-03-01."
bad proposals "proposals: an answer but still received" "$H
2025-03-01,,增加体育器材,received,已购置,
" "bad.csv:2: An answered proposal needs the status answered, adopted or not \
adopted, not received."

# ---- congress sessions (届次) and the proposals made to them -----------------------------
printf '%s\n' 'name,date,note,delegates' '六届五次教代会,2025-03-01,到会代表3人,"T003, T001，T002"' \
	'六届六次教代会,2025-09-01,,' >congress.csv
run import congress congress.csv
expect_rc 0 "import congress: exit 0"
run export congress
expect_out "export congress: by date, the delegates by number, separated by spaces" <<'END'
name,date,note,delegates
六届五次教代会,2025-03-01,到会代表3人,T001 T002 T003
六届六次教代会,2025-09-01,,
END
run export congress --headers zh
expect_out "export congress --headers zh: 届次 and 代表编号" <<'END'
届次,日期,备注,代表编号
六届五次教代会,2025-03-01,到会代表3人,T001 T002 T003
六届六次教代会,2025-09-01,,
END
printf '%s\n' 'date,title,session' '2025-03-01,教师周转房,六届五次教代会' >session.csv
run import proposals session.csv
expect_rc 0 "import proposals with a session: exit 0"
run export proposals
expect_grep "export proposals: the session's name" \
	"2025-03-01,,教师周转房,received,,,六届五次教代会" "$OUT"

H=name,date,note,delegates
bad congress "congress: a delegate who is not a member" "$H
七届一次教代会,2025-04-01,,T001
七届二次教代会,2025-05-01,,T001 T999
" "bad.csv:3: delegate \"T999\" is not a member."
bad congress "congress: a delegate named twice" "$H
七届一次教代会,2025-04-01,,\"T001, T002, T001\"
" "bad.csv:2: delegate \"T001\" is named twice."
bad congress "congress: a name already used" "$H
六届六次教代会,2025-04-01,,
" "bad.csv:2: There is already a congress session named 六届六次教代会."
bad proposals "proposals: a session that does not exist" "date,title,session
2025-04-01,食堂,六届五次教代会
2025-04-02,校车,七届一次教代会
" "bad.csv:3: session: there is no congress session named \"七届一次教代会\"; import \
the sessions first (gonghui import congress)."
if have_locale zh_CN.UTF-8 && have_locale zh_TW.UTF-8; then
	printf '%s\n' "$H" '七届一次教代会,2025-04-01,,T999' >bad.csv
	LANG=zh_CN.UTF-8 "$BIN" -f "$DB" import congress bad.csv >"$OUT" 2>"$ERR"
	expect_err "congress: the refusal in zh_CN" <<'END'
bad.csv:2: 代表“T999”不是会员（没有这个会员编号）。
END
	LANG=zh_TW.UTF-8 "$BIN" -f "$DB" import congress bad.csv >"$OUT" 2>"$ERR"
	expect_err "congress: the refusal in zh_TW" <<'END'
bad.csv:2: 代表「T999」不是會員（沒有這個會員編號）。
END
else
	skip "congress: the refusal in Chinese" "the zh_CN.UTF-8 or zh_TW.UTF-8 locale is not installed"
fi
