#!/bin/sh
# Command-line tests of the welfare caps and gifts to many (集体发放): the Anhui preset,
# a gift that would pass 2,200 yuan of festival gifts asks (refused without a terminal
# unless --yes), cash as a festival gift refused under it, one ledger entry for a gift
# to many, and the same figures in the export and the year-end report.
. "$(dirname "$0")/lib.sh"

fresh
run import members "$DATA/wf-members.csv"
expect_rc 0 "members imported"

run caps
expect_rc 0 "caps: exit 0"
expect_out "caps: none kept at first" <<'END'
Welfare caps: none
END
run caps anhui
expect_rc 0 "caps anhui: exit 0"
expect_out "caps anhui: the six caps, nothing given yet" <<'END'
Welfare caps: Anhui
  kind, cap per member a year       given in 2025: people, total, most
  hospital stay 2,000.00                0         0.00         0.00
  wedding 2,000.00                      0         0.00         0.00
  bereavement 2,000.00                  0         0.00         0.00
  childbirth 2,000.00                   0         0.00         0.00
  retirement 2,000.00                   0         0.00         0.00
  holiday 2,200.00, goods only          0         0.00         0.00
END
run caps mars
expect_rc 1 "caps mars: exit 1"
expect_err "caps mars: says what there is" <<'END'
gonghui: Unknown preset of welfare caps "mars": use none or anhui.
END

# 三八节: towels and a set of cups worth 1,500.00 to every active woman (T002, T004)
run give --to women --kind holiday --goods 毛巾、水杯 --value 1500 --date 2025-03-08
expect_rc 0 "give to women: exit 0"
expect_out "give to women: how many and the total" <<'END'
Gave holiday to 2 members, 3,000.00 in all.
END
# 700.00 more reaches 2,200.00 exactly: no question
run give --to list=T002 --kind holiday --goods 粽子 --value 700 --date 2025-06-01
expect_rc 0 "up to the cap exactly: exit 0"
# 700.01 more takes T002 past it by 700.01 and T004 by 0.01: asks, and without a
# terminal refuses without --yes
run give --to list=T002,T004 --kind 节日 --goods 月饼 --value 700.01 --date 2025-06-10 </dev/null
expect_rc 1 "past the cap without --yes: exit 1"
expect_err "past the cap: says how many and by how much" <<'END'
gonghui: This takes 2 members past the union's cap for holiday (by up to 700.01). Add --yes to give it all the same.
END
run give --to list=T002,T004 --kind 节日 --goods 月饼 --value 700.01 --date 2025-06-10 --yes
expect_rc 0 "past the cap with --yes: exit 0"
# cash as a festival gift is refused under the Anhui preset; by the school it may
run give --to women --kind holiday --cash 100 --date 2025-06-11
expect_rc 1 "cash festival gift: exit 1"
expect_err "cash festival gift: refused" <<'END'
gonghui: Under the union's welfare caps, holiday gifts may not be given in cash: give goods instead.
END
run give --to women --kind holiday --goods 超市购物卡 --value 100 --date 2025-06-11
expect_rc 1 "shopping card: exit 1"
run give --to women --kind holiday --cash 100 --paid-by school --date 2025-06-11
expect_rc 0 "cash paid by the school: exit 0"
run give --to nobody --kind holiday --goods x --value 1
expect_rc 1 "bad --to: exit 1"

run caps
expect_out "caps: the year's figures" <<'END'
Welfare caps: Anhui
  kind, cap per member a year       given in 2025: people, total, most
  hospital stay 2,000.00                0         0.00         0.00
  wedding 2,000.00                      0         0.00         0.00
  bereavement 2,000.00                  0         0.00         0.00
  childbirth 2,000.00                   0         0.00         0.00
  retirement 2,000.00                   0         0.00         0.00
  holiday 2,200.00, goods only          2     5,100.02     2,900.01  (2 past the cap by 700.02)
END
run report --year 2025 --format csv
expect_grep "report csv: holiday against its cap" "caps,holiday,2,5100.02" "$OUT"
expect_grep "report csv: past the cap" "caps,holiday:over,2,700.02" "$OUT"
expect_grep "report csv: the cap" "caps,holiday:cap,,2200.00" "$OUT"
run export ledger
expect_rc 0 "export ledger: exit 0"
expect_grep "one entry for the gift to both women" \
	"2025-03-08,,50205,101,3000.00,Welfare for 2 members: holiday" "$OUT"
expect_grep "one entry for the gift past the cap" \
	"2025-06-10,,50205,101,1400.02,Welfare for 2 members: holiday" "$OUT"
run export welfare
expect_grep "export welfare: a row each" "2025-03-08,T004,holiday,0.00,毛巾、水杯,1500.00,union" "$OUT"
