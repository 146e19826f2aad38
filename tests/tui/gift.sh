#!/bin/sh
# A gift to many at once (集体发放, A on the Welfare list) under the Anhui caps: a gift
# that takes the women past 2,200 yuan of festival gifts asks, saying by how much; n
# keeps the form; a smaller one is given after the question, one welfare row each and
# one entry in the books; cash as a festival gift is refused beside the cash field.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/year-data.lib.sh"

app_start zh_CN.UTF-8 GONGHUI_SECTION=4
wait_for "慰问"
keys A
poll form_open
# to the women (Space: the next choice), festival goods worth 2,000.00 each: each of
# the three has 550.00 already, so 350.00 past the cap
keys Space Tab Tab Tab Tab
type_text "慰问品"
keys Tab
type_text "2000"
keys F2
expect_screen "past the cap: asks, saying by how much" "这次发放将使3人超过工会的节日标准，最多超出350.00。"
expect_whole "zh_CN: the question over the form" gift-ask-zh.txt
keys n
expect_screen "n keeps the form" "每人折价 2000"
keys C-u
type_text "300"
keys F2
expect_screen "within the cap: asks how many and the total" "向3人发放节日慰问，合计900.00，确定吗？"
keys y
expect_screen "given, and said so" "已向3人发放节日慰问，合计900.00。"
keys q
expect_status "q quits" 0
gh export welfare >"$TMP/welfare"
expect_eq "three rows of 300.00 of goods" \
	"$(grep -c ',holiday,0.00,慰问品,300.00,union,' "$TMP/welfare")" 3
gh export ledger >"$TMP/ledger"
expect_eq "one entry for the three" \
	"$(grep -c '^2025-06-15,.*,50205,101,900.00,' "$TMP/ledger")" 1

# cash as a festival gift: refused beside the field, nothing written
app_start C.UTF-8 GONGHUI_SECTION=4
wait_for "Welfare"
keys A
poll form_open
keys Tab Tab Tab
type_text "100"
keys F2
expect_screen "cash festival gift refused" "may not be given in cash"
expect_whole "English: the refusal beside the cash field" gift-cash-en.txt
keys Escape
wait_for "Discard" && keys y
keys q
expect_status "q quits" 0
gh export welfare >"$TMP/welfare2"
expect_same "nothing more was written" "$TMP/welfare" "$TMP/welfare2"
