#!/bin/sh
# export KIND --headers zh: Chinese column names (编号, 姓名 …) and the values' Chinese
# names (在职, 住院 …), in simplified or traditional characters, and the way back: import
# takes those names, in either script, as it takes the codes. Every kind of a school year
# (tests/data/year-*.csv and rt-*.csv) goes out in Chinese and comes back the same.
. "$(dirname "$0")/lib.sh"

KINDS="members dues ledger welfare visits events signups donations handovers congress proposals"
A="$TMP/a.db"
gh() { db=$1; shift; "$BIN" -f "$db" "$@"; }
for k in $KINDS; do
	[ -f "$DATA/year-$k.csv" ] || continue
	gh "$A" import "$k" "$DATA/year-$k.csv" >/dev/null 2>"$ERR" ||
		fail "A: import year-$k" "$(cat "$ERR")"
done
for k in members ledger welfare handovers congress proposals; do
	gh "$A" import "$k" "$DATA/rt-$k.csv" >/dev/null 2>"$ERR" ||
		fail "A: import rt-$k" "$(cat "$ERR")"
done
mkdir "$TMP/A" "$TMP/S" "$TMP/T"
for k in $KINDS; do
	gh "$A" export "$k" >"$TMP/A/$k.csv"
	gh "$A" export "$k" --headers zh_CN >"$TMP/S/$k.csv"
	gh "$A" export "$k" --headers zh_TW >"$TMP/T/$k.csv"
done

# the header of every kind, simplified
for k in $KINDS; do head -1 "$TMP/S/$k.csv"; done >"$TMP/heads"
expect_text "every kind's Chinese header, simplified" "$TMP/heads" <<'END'
编号,姓名,性别,出生日期,入会日期,状态,人员类别,工会小组,电话,缴费基数,标记,备注,状态日期
月份,会员编号,金额,缴费日期,撤销日期,入账批次
日期,凭证号,借方科目,贷方科目,金额,摘要,来源
日期,会员编号,慰问类别,现金,物品,物品价值,经费来源,备注,冲销日期,集体发放编号
日期,会员编号,事由,走访人,地点,备注
活动编号,活动名称,活动类别,开始日期,结束日期,地点,名额,报名截止日期,费用,预算,备注
活动编号,会员编号,家属人数,报名状态,成绩
募捐名称,日期,会员编号,捐款人,金额,备注,募捐事由,收款账户,冲销日期
募捐名称,日期,接收人,金额,备注,付款账户,冲销日期
届次,日期,备注,代表编号
日期,会员编号,标题,状态,答复,答复日期,届次
END
for k in $KINDS; do head -1 "$TMP/T/$k.csv"; done >"$TMP/heads"
expect_text "every kind's Chinese header, traditional" "$TMP/heads" <<'END'
編號,姓名,性別,出生日期,入會日期,狀態,人員類別,工會小組,電話,繳費基數,標記,備註,狀態日期
月份,會員編號,金額,繳費日期,取消日期,入帳批次
日期,憑證號,借方科目,貸方科目,金額,摘要,來源
日期,會員編號,慰問類別,現金,物品,物品價值,經費來源,備註,沖銷日期,集體發放編號
日期,會員編號,事由,走訪人,地點,備註
活動編號,活動名稱,活動類別,開始日期,結束日期,地點,名額,報名截止日期,費用,預算,備註
活動編號,會員編號,家屬人數,報名狀態,成績
募捐名稱,日期,會員編號,捐款人,金額,備註,募捐事由,收款帳戶,沖銷日期
募捐名稱,日期,接收人,金額,備註,付款帳戶,沖銷日期
屆次,日期,備註,代表編號
日期,會員編號,標題,狀態,答覆,答覆日期,屆次
END

# the values' names
expect_grep "members: 男, 在职, 教师 for m, active, teacher" \
	"T001,张三,男,1980-05-01,2005-09-01,在职,教师,语文组,,4567.80,,," "$TMP/S/members.csv"
expect_grep "members: a retired member, traditional" \
	"T008,孙丽,女,1964-04-04,1986-09-01,退休,教師,退休组,,3000.00,,2025年3月退休,2025-03-01" \
	"$TMP/T/members.csv"
expect_grep "welfare: 住院 and 工会 for hospital and union" \
	"2024-10-08,T001,住院,500.00,水果,80.50,工会,县医院住院一周,," "$TMP/S/welfare.csv"
expect_grep "welfare: 重陽 and 工會, traditional" \
	"2024-10-11,T006,重陽,0.00,月饼,100.00,工會,,," "$TMP/T/welfare.csv"
expect_grep "proposals: 已答复 and the session's name" \
	"2025-03-15,T008,教师周转房维修,已答复,暑假维修,2025-04-01,六届五次教代会" "$TMP/S/proposals.csv"
expect_grep "congress: the delegates as they are" \
	"六届五次教代会,2025-03-15,到会代表4人，列席1人,T001 T002 T004 T008" "$TMP/T/congress.csv"
expect_grep "events: 體育, traditional" \
	"E2025-01,教职工乒乓球赛,體育,2025-04-12,2025-04-13,学校体育馆,2,2025-04-05,0.00,1200.00," \
	"$TMP/T/events.csv"
# the codes of the rest are the same as in English: account codes, dates, amounts
expect_text "ledger: only the header differs" "$TMP/S/ledger.csv" <<END
$(echo 日期,凭证号,借方科目,贷方科目,金额,摘要,来源; tail -n +2 "$TMP/A/ledger.csv")
END
expect_text "dues: only the header differs" "$TMP/T/dues.csv" <<END
$(echo 月份,會員編號,金額,繳費日期,取消日期,入帳批次; tail -n +2 "$TMP/A/dues.csv")
END
if grep -q "$(printf '\r')" "$TMP/S/members.csv"; then fail "--headers zh: LF line ends" "CR"
else ok "--headers zh: LF line ends"; fi

# --headers zh follows the reader's script: traditional under zh_TW, simplified otherwise
LANG=C.UTF-8 gh "$A" export members --headers zh >"$OUT"
if cmp -s "$OUT" "$TMP/S/members.csv"; then ok "--headers zh in English: simplified"
else fail "--headers zh in English: simplified" "$(head -1 "$OUT")"; fi
if have_locale zh_TW.UTF-8; then
	LANG=zh_TW.UTF-8 gh "$A" export members --headers zh >"$OUT"
	if cmp -s "$OUT" "$TMP/T/members.csv"; then ok "--headers zh under zh_TW: traditional"
	else fail "--headers zh under zh_TW: traditional" "$(head -1 "$OUT")"; fi
else
	skip "--headers zh under zh_TW" "the zh_TW.UTF-8 locale is not installed"
fi
gh "$A" export members --headers en >"$OUT"
if cmp -s "$OUT" "$TMP/A/members.csv"; then ok "--headers en: the codes"
else fail "--headers en: the codes" "$(head -1 "$OUT")"; fi

# the way back, each script into its own fresh book, in the order of A's imports
for s in S T; do
	B="$TMP/b-$s.db"
	for k in $KINDS; do
		gh "$B" import "$k" "$TMP/$s/$k.csv" >/dev/null 2>"$ERR" ||
			fail "$s: import $k" "$(cat "$ERR")"
	done
	for k in $KINDS; do
		gh "$B" export "$k" >"$OUT"
		if cmp -s "$OUT" "$TMP/A/$k.csv"; then ok "$s: $k back from Chinese is the same"
		else fail "$s: $k back from Chinese is the same" "$(diff "$TMP/A/$k.csv" "$OUT" | head -5)"; fi
	done
done

# with --excel: Chinese headers in GB18030 and CRLF, and back
gh "$A" export members --headers zh --excel >"$TMP/x.csv"
if [ "$(head -c 4 "$TMP/x.csv" | od -An -tx1 | tr -d ' ')" = b1e0bac5 ]; then
	ok "--headers zh --excel: 编号 in GB18030 (b1e0 bac5)"
else fail "--headers zh --excel: 编号 in GB18030 (b1e0 bac5)" "$(head -c 4 "$TMP/x.csv" | od -An -tx1)"; fi
DB="$TMP/x.db"
run import members "$TMP/x.csv"
expect_rc 0 "--headers zh --excel: imports"
run export members
if cmp -s "$OUT" "$TMP/A/members.csv"; then ok "--headers zh --excel: the same members"
else fail "--headers zh --excel: the same members" "$(diff "$TMP/A/members.csv" "$OUT" | head -5)"; fi

# a file typed by hand: columns in either script, mixed with codes, in any order
fresh
printf '姓名,編號,性别,status,人員類別,标记\n张三,T001,男,在職,教师,困难职工;勞模\n' >"$TMP/h.csv"
run import members "$TMP/h.csv"
expect_rc 0 "hand-made Chinese header: imports"
run export members
expect_out "hand-made Chinese header: the member as typed" <<'END'
no,name,gender,birth_date,join_date,status,kind,group,phone,wage_base,flags,note,status_date
T001,张三,m,,,active,teacher,,,0.00,hardship;model_worker,,
END
run export members --headers zh
expect_grep "flags: 困难职工;劳模" "T001,张三,男,,,在职,教师,,,0.00,困难职工;劳模,," "$OUT"

# refused: a column twice (once in each language), an unknown one, a bad --headers
printf '编号,no,姓名\nT9,T9,甲\n' >"$TMP/h2.csv"
run import members "$TMP/h2.csv"
expect_rc 1 "编号 and no: refused"
expect_err "编号 and no: the column twice" <<END
$TMP/h2.csv:1: column "no" appears twice (the columns are: no,name,gender,birth_date,join_date,status,kind,group,phone,wage_base,flags,note,status_date).
END
printf '编号,名字\nT9,甲\n' >"$TMP/h3.csv"
run import members "$TMP/h3.csv"
expect_rc 1 "名字: refused"
expect_err "名字: an unknown column" <<END
$TMP/h3.csv:1: unknown column "名字" (the columns are: no,name,gender,birth_date,join_date,status,kind,group,phone,wage_base,flags,note,status_date).
END
run export members --headers fr
expect_rc 2 "--headers fr: usage error"
expect_err "--headers fr: names what it knows" <<'END'
gonghui: --headers knows en, zh, zh_CN or zh_TW, not 'fr'.
Try 'gonghui export --help' for more information.
END
