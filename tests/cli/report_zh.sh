#!/bin/sh
# The year-end report in Chinese: the school year of tests/data/year-*.csv (as in
# report.sh, whose English output checks every number) printed for a zh_CN and a zh_TW
# reader — labels, category names, the seeded chart's account names and the sentences
# for the annual report in the reader's script, columns aligned by display width — and
# the CSV, which is for machines, the same in every language.
. "$(dirname "$0")/lib.sh"
need_locale zh_CN.UTF-8 zh_TW.UTF-8
fresh
for kind in members dues ledger welfare visits events signups donations proposals; do
	run import "$kind" "$DATA/year-$kind.csv"
	[ "$RC" = 0 ] || fail "import $kind" "$(cat "$ERR")"
done

LANG=zh_CN.UTF-8 "$BIN" -f "$DB" report --year 2025 >"$OUT" 2>"$ERR"; RC=$?
expect_rc 0 "zh_CN report: exit 0"
expect_out "zh_CN report: the whole text" <<'END'
2025年度工会工作统计
====================

会员                                                        人数
  年末在职会员                                                 5
    其中女会员                                                 3
  退休会员                                                     2
  本年新入会                                                   1
  本年离会                                                     0

会费                                                        人月            金额
  应收                                                        59        1,058.60
  实收                                                        29          524.30

收支账（库存现金和银行存款）                                                金额
  年初结存                                                             14,885.70
  收入
    401 会费收入                                                          524.30
    405 行政补助收入                                                    8,000.00
  收入合计                                                              8,524.30
  支出
    501 职工活动支出                                                      350.50
    50104 职工集体福利支出                                                200.00
    50204 困难职工帮扶费                                                1,000.00
    50205 送温暖费                                                        800.00
  支出合计                                                              2,350.50
  代收代管经费（231）                                                     800.50
  代管经费付出（231）                                                       0.00
  应上缴上级经费（221）                                                     0.00
  已上缴上级经费（221）                                                     0.00
  年末结存                                                             21,860.00
    其中：代管经费（231）                                                 950.50
    其中：应付上级经费（221）                                               0.00
  年末工会自有资金                                                     20,909.50

慰问补助（按类别）                                          人次            金额
  住院                                                         1          300.00
  结婚                                                         1          200.00
  生育                                                         1          500.00
  困难                                                         1        1,000.00
  节日                                                         2          400.00
  合计                                                         6        2,400.00
    其中：慰问金                                                        2,400.00
    其中：慰问品折价                                                        0.00
    其中：工会经费支出                                                  2,000.00
    其中：学校行政支付                                                    400.00

走访慰问（按事由）                                          人次            人数
  住院                                                         2               1
  结婚                                                         1               1
  困难                                                         1               1
  节日                                                         1               1
  合计                                                         5               4
  年末尚未走访的“五必访”                                       1

活动（按类别）                                              次数        参加人次
  体育                                                         1               2
  春秋游                                                       1               2
  体检                                                         1               3
  庆祝                                                         1               0
  合计                                                         4               7
  家属参加                                                                     3

爱心捐款（按活动）                                          人次            金额
  为王老师爱心捐款                                             3          800.50
  合计                                                         3          800.50

合理化建议                                                  条数
  收集                                                         4
  答复                                                         3
  采纳                                                         1
  答复率                                                     75%

年度工作报告参考文字
截至2025年底，工会共有在职会员5人。其中女会员3人。退休会员2人。全年新入会1人，
  离会0人。
2025年，全年应收会费1058.6元（59人月），实收会费524.3元（29人月）。
2025年，全年工会经费收入8524.3元，支出2350.5元；
  年初结存14885.7元，年末结存21860元。2025年底结存21860元中，代管经费950.5元，应
  上缴上级经费0元，工会自有资金20909.5元。
2025年，全年发放各类慰问、补助6人次，慰问金2400元，慰问品折价0元；其中工会经费
  支出2000元，学校行政支付400元。
2025年，全年共走访慰问教职工5人次（4人）。
截至2025年底，尚有1项“五必访”未走访。
2025年，全年共组织各类活动4次。教职工参加7人次。家属参加3人次。
2025年，全年爱心捐款3人次，共捐款800.5元。
2025年，全年收集合理化建议4条，答复3条，采纳1条。
END

LANG=zh_TW.UTF-8 "$BIN" -f "$DB" report --year 2025 >"$OUT" 2>"$ERR"; RC=$?
expect_rc 0 "zh_TW report: exit 0"
expect_out "zh_TW report: the whole text, traditional throughout" <<'END'
2025年度工會工作統計
====================

會員                                                        人數
  年底在職會員                                                 5
    其中女性                                                   3
  退休會員                                                     2
  本年新入會                                                   1
  本年離會                                                     0

會費                                                        人月            金額
  應收                                                        59        1,058.60
  實收                                                        29          524.30

收支帳（庫存現金及銀行存款）                                                金額
  年初結存                                                             14,885.70
  收入
    401 會費收入                                                          524.30
    405 行政補助收入                                                    8,000.00
  收入合計                                                              8,524.30
  支出
    501 職工活動支出                                                      350.50
    50104 職工集體福利支出                                                200.00
    50204 困難職工幫扶費                                                1,000.00
    50205 送溫暖費                                                        800.00
  支出合計                                                              2,350.50
  代收代管經費（231）                                                     800.50
  代管經費付出（231）                                                       0.00
  應上繳上級經費（221）                                                     0.00
  已上繳上級經費（221）                                                     0.00
  年底結存                                                             21,860.00
    其中：代管經費（231）                                                 950.50
    其中：應付上級經費（221）                                               0.00
  年底工會自有資金                                                     20,909.50

慰問補助（依類別）                                          人次            金額
  住院                                                         1          300.00
  結婚                                                         1          200.00
  生育                                                         1          500.00
  困難                                                         1        1,000.00
  節日                                                         2          400.00
  合計                                                         6        2,400.00
    其中：慰問金                                                        2,400.00
    其中：慰問品折價                                                        0.00
    其中：工會經費支出                                                  2,000.00
    其中：學校行政支付                                                    400.00

訪視慰問（依事由）                                          人次            人數
  住院                                                         2               1
  結婚                                                         1               1
  困難                                                         1               1
  節日                                                         1               1
  合計                                                         5               4
  年底尚未訪視的必訪事項                                       1

活動（依類別）                                              場次        參加人次
  體育                                                         1               2
  春秋遊                                                       1               2
  體檢                                                         1               3
  慶祝                                                         1               0
  合計                                                         4               7
  眷屬參加                                                                     3

愛心捐款（依活動）                                          人次            金額
  为王老师爱心捐款                                             3          800.50
  合計                                                         3          800.50

提案                                                        件數
  收到                                                         4
  答覆                                                         3
  採納                                                         1
  答覆率                                                     75%

年度工作報告參考文字
截至2025年底，本會共有在職會員5人。其中女性會員3人。退休會員2人。全年新入會1
  人，離會0人。
2025年，全年應收會費1058.6元（59人月），實收會費524.3元（29人月）。
2025年，全年工會經費收入8524.3元，支出2350.5元；
  年初結存14885.7元，年底結存21860元。2025年底結存21860元中，代管經費950.5元，應
  上繳上級經費0元，工會自有資金20909.5元。
2025年，全年發放各類慰問、補助6人次，慰問金2400元，慰問品折價0元；其中工會經費
  支出2000元，學校行政支付400元。
2025年，全年共訪視慰問教職員工5人次（4人）。
截至2025年底，尚有1件必訪事項未完成訪視。
2025年，全年共舉辦各類活動4場。教職員工參加7人次。眷屬參加3人次。
2025年，全年愛心捐款3人次，共募得800.5元。
2025年，全年共收到提案4件，答覆3件，採納1件。
END

# no line wider than 80 columns (display width)
for l in zh_CN zh_TW; do
	LANG=$l.UTF-8 "$BIN" -f "$DB" report --year 2025 >"$OUT"
	wide=$(while IFS= read -r line; do
		w=$(printf '%s' "$line" | LANG=C.UTF-8 wc -L); [ "$w" -gt 80 ] && echo "$w: $line"
	done <"$OUT")
	if [ -z "$wide" ]; then ok "$l report fits in 80 columns"
	else fail "$l report fits in 80 columns" "$wide"; fi
done

LANG=C.UTF-8 "$BIN" -f "$DB" report --year 2025 --format csv >"$TMP/en.csv"
for l in zh_CN zh_TW; do
	LANG=$l.UTF-8 "$BIN" -f "$DB" report --year 2025 --format csv >"$OUT"
	if cmp -s "$TMP/en.csv" "$OUT"; then ok "$l CSV is the same as the English one"
	else fail "$l CSV is the same as the English one" "$(diff "$TMP/en.csv" "$OUT" | head -4)"; fi
done
