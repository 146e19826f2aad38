#!/bin/sh
# Command-line tests of `gonghui report`: an empty database, usage errors, then a whole
# school year (September 2024 – June 2025) imported from CSV through every import kind,
# with the text report of 2025 (the default year: GONGHUI_TODAY is 2025-06-15) and the
# CSV of both calendar years compared line by line. Expected numbers are worked out in
# tests/data/year-*.csv's terms: dues 0.5% of the wage base with the part under 10 yuan
# dropped (4567.80 → 22.80), union-paid welfare and every dues row posted to the ledger.
. "$(dirname "$0")/lib.sh"

# ---- an empty database ---------------------------------------------------------------
new_db
run report
expect_rc 0 "empty: exit 0"
expect_out "empty: every section at zero, and one sentence saying so" <<'END'
Year-end report 2025
====================

Members                                                   people
  Working members at year end                                  0
    of them women                                              0
  Retired members                                              0
  Joined during the year                                       0
  Left during the year                                         0

Dues                                                      months          amount
  Expected                                                     0            0.00
  Collected                                                    0            0.00

Ledger: cash and bank                                                     amount
  Balance at the start of the year                                          0.00
  Income
  Total income                                                              0.00
  Expense
  Total expense                                                             0.00
  Received for others (231)                                                 0.00
  Paid out for others (231)                                                 0.00
  Owed to the union above (221)                                             0.00
  Paid to the union above (221)                                             0.00
  Balance at the end of the year                                            0.00
    of it held for others (231)                                             0.00
    of it owed to the union above (221)                                     0.00
  The union's own funds at the end of the year                              0.00

Welfare by kind                                            times          amount
  Total                                                        0            0.00
    in cash                                                                 0.00
    in goods (their value)                                                  0.00
    from union funds                                                        0.00
    paid by the school                                                      0.00

Visits by reason                                           times          people
  Total                                                        0               0
  Must-visit cases open at year end                            0

Events by kind                                            events    participants
  Total                                                        0               0
  Family members coming along                                                  0

Donations by drive                                         gifts          amount
  Total                                                        0            0.00

Proposals                                                  count
  Received                                                     0
  Answered                                                     0
  Adopted                                                      0

Sentences for the annual report
Nothing was recorded for 2025.
END
run report --format csv
expect_rc 0 "empty csv: exit 0"
expect_out "empty csv: the lines always there" <<'END'
section,item,count,amount
members,active,0,
members,female,0,
members,retired,0,
members,joined,0,
members,left,0,
dues,expected,0,0.00
dues,collected,0,0.00
ledger,opening,,0.00
ledger,closing,,0.00
ledger,received_for_others,,0.00
ledger,paid_for_others,,0.00
ledger,owed_upward,,0.00
ledger,paid_upward,,0.00
ledger,other,,0.00
ledger,held_for_others,,0.00
ledger,owed_to_union_above,,0.00
ledger,own_funds,,0.00
welfare,total,0,0.00
welfare,cash,,0.00
welfare,goods,,0.00
welfare,union_paid,,0.00
welfare,school_paid,,0.00
visits,total,0,
visits,people,0,
visits,must_open,0,
events,total,0,
participants,total,0,
participants,family,0,
donations,total,0,0.00
proposals,received,0,
proposals,answered,0,
proposals,adopted,0,
proposals,answer_rate,0,
END

# ---- usage errors ---------------------------------------------------------------------
run report --year 12
expect_rc 2 "--year 12: usage error"
expect_err "--year 12: says what a year looks like" <<'END'
gonghui: --year needs a year like 2025.
Try 'gonghui report --help' for more information.
END
run report --year=20x5
expect_rc 2 "--year=20x5: usage error"
run report --year 3000
expect_rc 2 "--year 3000: usage error"
run report --year
expect_rc 2 "--year without a value: usage error"
run report --format xml
expect_rc 2 "--format xml: usage error"
expect_err "--format xml: names it" <<'END'
gonghui: report knows --format text or csv, not 'xml'.
Try 'gonghui report --help' for more information.
END
run report --colour
expect_rc 2 "unknown option: usage error"
run report 2025
expect_rc 2 "a stray argument: usage error"
expect_err "a stray argument: names it" <<'END'
gonghui: report takes options only, not '2025'.
Try 'gonghui report --help' for more information.
END

# ---- a school year from CSV ------------------------------------------------------------
fresh
for kind in members dues ledger welfare visits events signups donations proposals; do
	run import "$kind" "$DATA/year-$kind.csv"
	expect_rc 0 "import $kind: exit 0"
done

run report
expect_rc 0 "2025 text: exit 0"
expect_out "2025 text: sections aligned by display width, then the sentences" <<'END'
Year-end report 2025
====================

Members                                                   people
  Working members at year end                                  5
    of them women                                              3
  Retired members                                              2
  Joined during the year                                       1
  Left during the year                                         0

Dues                                                      months          amount
  Expected                                                    59        1,058.60
  Collected                                                   29          524.30

Ledger: cash and bank                                                     amount
  Balance at the start of the year                                     14,885.70
  Income
    401 Dues income                                                       524.30
    405 Grants from the school administration                           8,000.00
  Total income                                                          8,524.30
  Expense
    501 Staff activities                                                  350.50
    50104 Collective welfare                                              200.00
    50204 Help for staff in hardship                                    1,000.00
    50205 Sending warmth (condolences and gifts)                          800.00
  Total expense                                                         2,350.50
  Received for others (231)                                               800.50
  Paid out for others (231)                                                 0.00
  Owed to the union above (221)                                             0.00
  Paid to the union above (221)                                             0.00
  Balance at the end of the year                                       21,860.00
    of it held for others (231)                                           950.50
    of it owed to the union above (221)                                     0.00
  The union's own funds at the end of the year                         20,909.50

Welfare by kind                                            times          amount
  hospital stay                                                1          300.00
  wedding                                                      1          200.00
  childbirth                                                   1          500.00
  hardship                                                     1        1,000.00
  holiday                                                      2          400.00
  Total                                                        6        2,400.00
    in cash                                                             2,400.00
    in goods (their value)                                                  0.00
    from union funds                                                    2,000.00
    paid by the school                                                    400.00

Visits by reason                                           times          people
  hospital stay                                                2               1
  wedding                                                      1               1
  hardship                                                     1               1
  holiday                                                      1               1
  Total                                                        5               4
  Must-visit cases open at year end                            1

Events by kind                                            events    participants
  sports                                                       1               2
  outing                                                       1               2
  health check                                                 1               3
  celebration                                                  1               0
  Total                                                        4               7
  Family members coming along                                                  3

Donations by drive                                         gifts          amount
  为王老师爱心捐款                                             3          800.50
  Total                                                        3          800.50

Proposals                                                  count
  Received                                                     4
  Answered                                                     3
  Adopted                                                      1
  Answer rate                                                75%

Sentences for the annual report
At the end of 2025 the union had 5 working members. 3 of them are women. 2
  retired members stay on the roll. During the year 1 member joined and 0 left.
In 2025 dues of 1058.6 yuan were expected for 59 member-months; 524.3 yuan was
  paid, for 29 of them.
In 2025 the union's income was 8524.3 yuan and its spending 2350.5 yuan; cash
  and bank held 14885.7 yuan at the start of the year and 21860 yuan at its end.
  Of the 21860 yuan at the end of 2025, 950.5 yuan was held for others and 0
  yuan was owed to the union above; the union's own funds were 20909.5 yuan.
In 2025 the union gave welfare 6 times: 2400 yuan in cash and goods worth 0
  yuan, of which 2000 yuan came from union funds and 400 yuan was paid by the
  school.
In 2025 the union made 5 visits to 4 members.
At the end of 2025, 1 must-visit case was still waiting for a visit.
In 2025 the union held 4 events. Members took part 7 times. 3 family members
  came along.
In 2025 donation drives raised 800.5 yuan from 3 gifts.
In 2025 the union collected 4 proposals, answered 3 and adopted 1.
END

run report --year 2024 --format csv
expect_rc 0 "2024 csv: exit 0"
expect_out "2024 csv: the autumn term" <<'END'
section,item,count,amount
members,active,4,
members,female,2,
members,retired,2,
members,joined,1,
members,left,0,
dues,expected,16,316.20
dues,collected,16,316.20
ledger,opening,,0.00
ledger,closing,,14885.70
ledger,income:401,,316.20
ledger,income:402,,12000.00
ledger,income:403,,5000.00
ledger,expense:50102,,1800.00
ledger,expense:50205,,780.50
ledger,received_for_others,,150.00
ledger,paid_for_others,,0.00
ledger,owed_upward,,0.00
ledger,paid_upward,,0.00
ledger,other,,0.00
ledger,held_for_others,,150.00
ledger,owed_to_union_above,,0.00
ledger,own_funds,,14735.70
welfare,hospital,1,580.50
welfare,elderly_day,2,200.00
welfare,total,3,780.50
welfare,cash,,500.00
welfare,goods,,280.50
welfare,union_paid,,780.50
welfare,school_paid,,0.00
visits,hospital,1,
visits,elderly_day,2,
visits,total,3,
visits,people,3,
visits,must_open,0,
events,sports,1,
events,total,1,
participants,sports,2,
participants,total,2,
participants,family,1,
donations,"水灾捐款, 第一批",2,150.00
donations,total,2,150.00
proposals,received,1,
proposals,answered,1,
proposals,adopted,0,
proposals,answer_rate,100,
END

run report --format=csv --year=2025
expect_rc 0 "2025 csv: exit 0"
expect_out "2025 csv: the spring term, opening = 2024's closing" <<'END'
section,item,count,amount
members,active,5,
members,female,3,
members,retired,2,
members,joined,1,
members,left,0,
dues,expected,59,1058.60
dues,collected,29,524.30
ledger,opening,,14885.70
ledger,closing,,21860.00
ledger,income:401,,524.30
ledger,income:405,,8000.00
ledger,expense:501,,350.50
ledger,expense:50104,,200.00
ledger,expense:50204,,1000.00
ledger,expense:50205,,800.00
ledger,received_for_others,,800.50
ledger,paid_for_others,,0.00
ledger,owed_upward,,0.00
ledger,paid_upward,,0.00
ledger,other,,0.00
ledger,held_for_others,,950.50
ledger,owed_to_union_above,,0.00
ledger,own_funds,,20909.50
welfare,hospital,1,300.00
welfare,wedding,1,200.00
welfare,childbirth,1,500.00
welfare,hardship,1,1000.00
welfare,holiday,2,400.00
welfare,total,6,2400.00
welfare,cash,,2400.00
welfare,goods,,0.00
welfare,union_paid,,2000.00
welfare,school_paid,,400.00
visits,hospital,2,
visits,wedding,1,
visits,hardship,1,
visits,holiday,1,
visits,total,5,
visits,people,4,
visits,must_open,1,
events,sports,1,
events,outing,1,
events,health_check,1,
events,celebration,1,
events,total,4,
participants,sports,2,
participants,outing,2,
participants,health_check,3,
participants,celebration,0,
participants,total,7,
participants,family,3,
donations,为王老师爱心捐款,3,800.50
donations,total,3,800.50
proposals,received,4,
proposals,answered,3,
proposals,adopted,1,
proposals,answer_rate,75,
END

run report --year 2024
expect_rc 0 "2024 text: exit 0"
expect_grep "2024 text: singular event sentence" \
	"In 2024 the union held 1 event. Members took part 2 times. 1 family member" "$OUT"
expect_grep "2024 text: proposals sentence" \
	"In 2024 the union collected 1 proposal, answered 1 and adopted 0." "$OUT"

# ---- the cash section adds up line by line, in the CSV as in the text ---------------
# opening + income - expense + received for others - paid out for others + owed upward
# - paid upward + other = closing; closing - held for others - owed upward = own funds.
for y in 2024 2025; do
	run report --year $y --format csv
	sum=$(awk -F, '$1 == "ledger" { v[$2] = $4 }
		$1 == "ledger" && $2 ~ /^income:/ { inc += $4 }
		$1 == "ledger" && $2 ~ /^expense:/ { out += $4 }
		END {
			s = v["opening"] + inc - out + v["received_for_others"]
			s = s - v["paid_for_others"] + v["owed_upward"] - v["paid_upward"]
			s = s + v["other"]
			own = v["closing"] - v["held_for_others"] - v["owed_to_union_above"]
			printf "%.2f %.2f %.2f %.2f", s, v["closing"], own, v["own_funds"]
		}' "$OUT")
	set -- $sum
	if [ -n "$4" ] && [ "$1" = "$2" ] && [ "$3" = "$4" ]; then ok "$y: the cash section adds up ($2, own $4)"
	else fail "$y: the cash section adds up" "$sum"; fi
done

# ---- expected dues start with the books ------------------------------------------
# A roll begun in December: dues are expected from the books' first month (the first
# month with dues, or the setting books_start), not from January: 4 members × December.
fresh
run import members "$DATA/year-members.csv"
grep -e '^month' -e '^2024-12' "$DATA/year-dues.csv" >"$TMP/dec.csv"
run import dues "$TMP/dec.csv"
run report --year 2024 --format csv
expect_grep "December only: 4 member-months expected, as many as paid" \
	"dues,expected,4,79.05" "$OUT"
expect_grep "December only: collected" "dues,collected,4,79.05" "$OUT"
run set books_start=2024-11
run report --year 2024 --format csv
expect_grep "books_start 2024-11: November and December" "dues,expected,8,158.10" "$OUT"
