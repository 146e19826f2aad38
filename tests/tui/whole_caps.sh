#!/bin/sh
# The welfare caps on the Settings screen (80×24, today 2025-06-15), on the half year of
# tests/tui/year-data.lib.sh (the Anhui preset): each kind's cap under the settings;
# c changes one (the caps become the union's own), p puts a preset in place after a
# question — none, then Anhui again — in zh_CN.UTF-8 and in English, each step checked
# through `gonghui caps` too.
. "$(dirname "$0")/lib.sh"

. "$(dirname "$0")/year-data.lib.sh"

app_start zh_CN.UTF-8 GONGHUI_SECTION=settings
wait_for "福利标准（安徽）"
expect_whole "zh_CN: the settings with the Anhui caps" caps-settings-zh.txt

# c: the first kind's cap (hospital stays) down to 1,500.00
keys c
poll form_open
expect_screen "c asks which kind first" "哪一类？"
keys Enter
wait_for "住院的标准"
keys C-u
type_text "1500"
expect_whole "zh_CN: one kind's cap" caps-form-zh.txt
keys F2
poll form_closed
expect_screen "the cap is saved" "住院的标准现为每人每年1,500.00。"
expect_screen "the caps are the union's own now" "福利标准（自定义）"
gh caps >"$TMP/caps"
expect_grep "gonghui caps: custom" "Welfare caps: custom" "$TMP/caps"
expect_grep "gonghui caps: hospital 1,500.00" "hospital stay 1,500.00" "$TMP/caps"

# p: no caps at all, asked first; n keeps them
keys p
poll form_open
keys F2
wait_for "(y/n)"
expect_whole "zh_CN: a preset asks first" caps-preset-zh.txt
keys n
wait_gone "(y/n)"
keys Escape
poll form_closed
expect_screen "n changed nothing" "福利标准（自定义）"
keys p
poll form_open
keys F2
wait_for "(y/n)"
keys y
poll form_closed
expect_screen "none: no caps" "没有标准：各类福利发放不设上限。"
gh caps >"$TMP/caps"
expect_grep "gonghui caps: none" "Welfare caps: none" "$TMP/caps"

# p again: Anhui
keys p
poll form_open
keys Space
wait_for "预设 安徽"
keys F2
wait_for "(y/n)"
keys y
poll form_closed
expect_screen "Anhui again" "福利标准现为：安徽。"
expect_whole "zh_CN: the Anhui caps again" caps-again-zh.txt
keys q
expect_status "q quits" 0

app_start C.UTF-8 GONGHUI_SECTION=settings
wait_for "Welfare caps (Anhui)"
expect_whole "English: the settings with the caps" caps-settings-en.txt
keys q
expect_status "q quits" 0
gh caps >"$TMP/caps"
expect_grep "gonghui caps: Anhui" "Welfare caps: Anhui" "$TMP/caps"
expect_grep "gonghui caps: holiday 2,200.00 goods only" "holiday 2,200.00, goods only" "$TMP/caps"
