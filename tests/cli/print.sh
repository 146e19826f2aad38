#!/bin/sh
# gonghui print SHEET: sheets for the printer — page headings with the union's name and
# page numbers, form feeds between pages, 80 columns, totals in capital numerals, -o FILE.
. "$(dirname "$0")/lib.sh"
need_locale zh_CN.UTF-8 zh_TW.UTF-8

fresh
cat >"$TMP/m.csv" <<'CSV'
no,name,gender,birth_date,join_date,status,kind,group,phone
T001,张三,m,1980-05-02,2005-09-01,active,teacher,语文组,13800000001
T002,歐陽娜娜,f,1995-11-20,2025-02-01,active,substitute,语文组,
T003,王芳,f,1955-03-08,1978-08-01,retired,teacher,退休组,
CSV
cat >"$TMP/w.csv" <<'CSV'
date,member_no,kind,cash,goods,goods_value,paid_by,note
2025-01-20,T002,holiday,200,,0,union,
2025-01-20,T001,holiday,0,大米、食用油,150.5,union,
2025-01-20,T003,holiday,9133,,0,union,
2025-02-03,T001,hospital,500,,0,union,
2025-01-25,T001,birthday,100,,0,union,
2025-01-25,T002,birthday,100,,0,union,
CSV
run import members "$TMP/m.csv"
expect_rc 0 "import members"
run import welfare "$TMP/w.csv"
expect_rc 0 "import welfare"
run set union_name=红星小学工会

zh() { LANG=zh_CN.UTF-8 "$BIN" -f "$DB" "$@" >"$OUT" 2>"$ERR"; RC=$?; }
tw() { LANG=zh_TW.UTF-8 "$BIN" -f "$DB" "$@" >"$OUT" 2>"$ERR"; RC=$?; }

# ---- 实名签收表, whole ---------------------------------------------------------------
zh print signsheet --date 2025-01-20 --kind holiday
expect_rc 0 "signsheet: exit 0"
expect_out "signsheet --date --kind: the whole sheet" <<'END'
                                  红星小学工会
                                   实名签收表
日期：2025-01-20    类别：节日                                  第 1 页，共 1 页

序号  会员编号  姓名        项目                          金额  签名
----  --------  ----------  ----------------------  ----------  --------------
   1  T001      张三        节日：大米、食用油          150.50  ______________

   2  T002      歐陽娜娜    节日                        200.00  ______________

   3  T003      王芳        节日                      9,133.00  ______________


合计：3 人，金额 9,483.50 元
大写金额：人民币玖仟肆佰捌拾叁元伍角整

经办人：__________   审核人：__________   工会主席：__________

日期：______年____月____日
END
tw print signsheet --date 2025-01-20
expect_grep "zh_TW: traditional capitals" "大寫金額：新臺幣玖仟肆佰捌拾參元伍角整" "$OUT"
expect_grep "zh_TW: the title" "實名簽收表" "$OUT"
zh print signsheet --month 2025-02
expect_grep "--month: that month only" "合计：1 人，金额 500.00 元" "$OUT"
expect_grep "--month: 伍佰元整" "大写金额：人民币伍佰元整" "$OUT"

# ---- pages: headings repeated, numbered, form feeds, a row never split ----------------
zh print signsheet --month 2025-01 --lines 20
pages=$(grep -c '实名签收表' "$OUT")
ff=$(tr -cd '\f' <"$OUT" | wc -c)
if [ "$pages" = 2 ] && [ "$ff" = 1 ]; then ok "--lines 20: two pages, one form feed"
else fail "--lines 20: two pages, one form feed" "$pages headings, $ff form feeds"; fi
expect_grep "--lines 20: page 1 of 2" "第 1 页，共 2 页" "$OUT"
expect_grep "--lines 20: page 2 of 2" "第 2 页，共 2 页" "$OUT"
# on page 2: the heading, the column heads again, then the rest
awk 'BEGIN{RS="\f"} NR==2' "$OUT" | sed -n 5p >"$TMP/p2"
expect_grep "--lines 20: the column heads repeated on page 2" "序号  会员编号" "$TMP/p2"
awk 'BEGIN{RS="\f"} { n = split($0, l, "\n"); if (n - 1 > 20) bad = bad " page " NR ": " n - 1 } END { print bad }' "$OUT" >"$TMP/long"
if [ ! -s "$TMP/long" ] || [ "$(cat "$TMP/long")" = "" ]; then ok "--lines 20: no page longer than 20 lines"
else fail "--lines 20: no page longer than 20 lines" "$(cat "$TMP/long")"; fi
awk 'BEGIN{RS="\f"} NR==2' "$OUT" >"$TMP/p2"
expect_grep "--lines 20: the totals stay with the signatures" "大写金额" "$TMP/p2"

# ---- -o FILE ---------------------------------------------------------------------------
zh print signsheet --date 2025-01-20 -o "$TMP/sheet.txt"
expect_rc 0 "-o FILE: exit 0"
expect_out "-o FILE: says where it wrote" <<END
已写入 $TMP/sheet.txt。
END
expect_grep "-o FILE: the sheet is in the file" "大写金额：人民币玖仟肆佰捌拾叁元伍角整" "$TMP/sheet.txt"
zh print signsheet --date 2025-01-20 -o "$TMP/no-such-dir/sheet.txt"
expect_rc 1 "-o into a missing folder: exit 1"
expect_grep "-o into a missing folder: one sentence" "无法写入文件" "$ERR"

# ---- what is missing or wrong ----------------------------------------------------------
zh print signsheet
expect_rc 1 "signsheet without a period: exit 1"
expect_err "signsheet without a period: says what it needs" <<'END'
gonghui: 签收表需要指定 --month、--date 或 --drive。
END
zh print signsheet --month 2025-07
expect_rc 1 "signsheet of an empty month: exit 1"
expect_err "signsheet of an empty month: says so" <<'END'
gonghui: 这段时间没有发放记录，没有可打印的签收表。
END
run print payslip
expect_rc 2 "an unknown sheet: usage error"
expect_grep "an unknown sheet: names the sheets" "signsheet notice cashbook roll dues" "$ERR"
run print
expect_rc 2 "print without a sheet: usage error"
run print signsheet --month 2025-13
expect_rc 1 "--month 2025-13: refused"
run print roll --lines 5
expect_rc 2 "--lines 5: usage error"

# ---- a donation drive ------------------------------------------------------------------
# (with a gift saved wrong and reversed: not on the sheet, not in its total)
printf 'drive,date,member_no,donor,amount,note,reversed_on\n为王老师爱心捐款,2025-03-01,T001,,100,,\n为王老师爱心捐款,2025-03-01,,李四家长,50,,\n为王老师爱心捐款,2025-03-02,,录错的人,30,,2025-03-03\n' >"$TMP/d.csv"
run import donations "$TMP/d.csv"
zh print signsheet --drive 为王老师爱心捐款
expect_grep "--drive: the drive in the period line" "捐款活动：为王老师爱心捐款" "$OUT"
expect_grep "--drive: its total" "合计：2 人，金额 150.00 元" "$OUT"
if grep -q "录错的人" "$OUT"; then fail "--drive: a reversed gift is not on it" "$(cat "$OUT")"
else ok "--drive: a reversed gift is not on it"; fi
zh print signsheet --drive 没有这个活动
expect_rc 1 "--drive unknown: exit 1"

# ---- every sheet, every language: 80 columns at most --------------------------------
for l in C zh_CN zh_TW; do
	for s in "signsheet --month 2025-01" "notice --year 2025" "notice --quarter 2025Q1" \
		"cashbook --year 2025" \
		"roll" "dues --month 2025-02"; do
		# shellcheck disable=SC2086
		LANG=$l.UTF-8 "$BIN" -f "$DB" print $s >"$OUT" 2>"$ERR"; RC=$?
		w=$(tr -d '\f' <"$OUT" | LANG=C.UTF-8 wc -L)
		if [ "$RC" = 0 ] && [ "$w" -le 80 ] && [ -s "$OUT" ]; then ok "$l print $s: within 80 columns"
		else fail "$l print $s: within 80 columns" "status $RC, $w columns: $(head -1 "$ERR")"; fi
	done
done

# ---- the roll and the dues sheet --------------------------------------------------------
zh print roll
expect_grep "roll: a member with number, name, group and phone" "T001    张三        男      1980-05  2005-09  教师    语文组    13800000001" "$OUT"
expect_grep "roll: the retired apart" "退休会员" "$OUT"
expect_grep "roll: the count" "在职会员：2 人    退休：1 人    合计：3 人" "$OUT"

# ---- the notice carries the report's figures ------------------------------------------
fresh
for kind in members dues ledger welfare visits events signups donations proposals; do
	run import "$kind" "$DATA/year-$kind.csv"
done
zh print notice --year 2025
cp "$OUT" "$TMP/notice"
run report --year 2025 --format csv
fig() { LC_ALL=C awk -F, -v k="$1" '$1 == "ledger" && $2 == k { print $4 }' "$OUT"; }
money() { printf '%s' "$1" | LC_ALL=C awk '{ n = split($0, p, "."); s = p[1]; o = ""; while (length(s) > 3) { o = "," substr(s, length(s) - 2) o; s = substr(s, 1, length(s) - 3) } print s o "." p[2] }'; }
for k in opening:年初结存 closing:年末结存 received_for_others:代收代管经费（231） \
	held_for_others:其中：代管经费（231） own_funds:年末工会自有资金; do
	want=$(money "$(fig "${k%%:*}")")
	if grep -q "^      ${k#*:} *$want\$" "$TMP/notice"; then ok "notice: ${k#*:} is the report's $want"
	else fail "notice: ${k#*:} is the report's $want" "$(grep -F "${k#*:}" "$TMP/notice")"; fi
done
expect_grep "notice: income in capitals" "本年收入大写：人民币捌仟伍佰贰拾肆元叁角整" "$TMP/notice"

# ---- a quarter's notice ------------------------------------------------------------------
run set union_name=红星小学工会
zh print notice --quarter 2025Q2
expect_out "notice --quarter 2025Q2: the quarter's income, expense and cash" <<'END'
                                  红星小学工会
                                  经费收支公开
季度：2025年第二季度（2025-04-01 至 2025-06-30）                第 1 页，共 1 页

一、收入
      401       会费收入                                                267.15
                收入合计                                                267.15

二、支出
      501       职工活动支出                                            350.50
      50205     送温暖费                                                800.00
                支出合计                                              1,150.50

三、库存现金和银行存款
      季初结存                                                       21,942.85
      加：本季度收入                                                    267.15
      减：本季度支出                                                  1,150.50
      代收代管经费（231）                                               800.50
      季末结存                                                       21,860.00
      其中：代管经费（231）                                             950.50
      其中：应付上级经费（221）                                           0.00
      季末工会自有资金                                               20,909.50

    季末结存大写：人民币贰万壹仟捌佰陆拾元整
    本季度收入大写：人民币贰佰陆拾柒元壹角伍分
    本季度支出大写：人民币壹仟壹佰伍拾元零伍角整

欢迎广大会员监督，如有疑问请向工会委员会询问。

工会委员会（盖章）          公开日期：______年____月____日
END
tw print notice --quarter 2025-q4
expect_grep "notice --quarter 2025-q4 in zh_TW: the period line" \
	"季度：2025年第四季（2025-10-01 至 2025-12-31）" "$OUT"
# the four quarters make the year: income and expense add up, each quarter opens with the
# balance the one before closed with, the first with the year's opening, the last with
# its closing
fig() { # FILE LABEL: the amount on the line with that label, in fen
	grep -F "$2" "$1" | head -1 | LC_ALL=C awk '{ v = $NF; gsub(",", "", v); sub("\\.", "", v); print v + 0 }'
}
run print notice --year 2025
cp "$OUT" "$TMP/year"
inc=0 exp=0 prev=$(fig "$TMP/year" "Balance at the start of the year") chain=ok
for q in 1 2 3 4; do
	run print notice --quarter 2025Q$q
	cp "$OUT" "$TMP/q$q"
	inc=$((inc + $(fig "$TMP/q$q" "Total income")))
	exp=$((exp + $(fig "$TMP/q$q" "Total expense")))
	[ "$(fig "$TMP/q$q" "Balance at the start of the quarter")" = "$prev" ] || chain="Q$q opens with another balance"
	prev=$(fig "$TMP/q$q" "Balance at the end of the quarter")
done
if [ "$inc" = "$(fig "$TMP/year" "Total income")" ] && [ "$exp" = "$(fig "$TMP/year" "Total expense")" ]; then
	ok "four quarters: income and expense add up to the year's ($inc, $exp fen)"
else fail "four quarters: income and expense add up to the year's" "$inc, $exp"; fi
[ "$prev" = "$(fig "$TMP/year" "Balance at the end of the year")" ] || chain="Q4 closes with another balance"
if [ "$chain" = ok ]; then ok "four quarters: each opens with the balance the one before closed with"
else fail "four quarters: each opens with the balance the one before closed with" "$chain"; fi
run print notice --quarter 2025Q5
expect_rc 2 "--quarter 2025Q5: usage error"
expect_err "--quarter 2025Q5: says what it needs" <<'END'
gonghui: --quarter needs a year and a quarter like 2025Q4.
Try 'gonghui print --help' for more information.
END
