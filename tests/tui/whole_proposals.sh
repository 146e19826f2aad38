#!/bin/sh
# The Proposals section as whole screens (80×24, today 2025-06-15), on the half year of
# tests/tui/year-data.lib.sh (three proposals of March: one adopted, one answered, one
# not answered yet): the year's list under its answer rate, the answer form, the
# congress sessions with a new one and its delegates, a new proposal made to it, an
# edit, an answer dated before the proposal refused — in zh_CN.UTF-8 and in English —
# and the proposals again through `gonghui export proposals`, line for line.
. "$(dirname "$0")/lib.sh"

. "$(dirname "$0")/year-data.lib.sh"

app_start zh_CN.UTF-8 GONGHUI_SECTION=proposals
wait_for "答复2条（67%）"
expect_whole "zh_CN: the year's proposals and the answer rate" proposals-list-zh.txt

# Enter on the one not answered: the answer form; adopted, with the answer
keys End
wait_for "尚未答复"
keys Enter
poll form_open
keys Space Tab Tab
type_text "已腾出三楼一间教室"
expect_whole "zh_CN: the answer form" proposals-answer-zh.txt
keys F2
poll form_closed
expect_screen "the rate counts the answer" "答复3条（100%），采纳2条"
expect_screen "the answer under the list" "答复（2025-06-15）：已腾出三楼一间教室"

# c: the congress sessions; a new one with three delegates
keys c
wait_for "还没有教代会届次"
keys a
poll form_open
type_text "六届五次教代会"
keys Tab C-u
type_text "2025-03-15"
keys Tab
type_text "到会代表3人"
keys Tab
type_text "T001, T002，T004"
keys F2
poll form_closed
expect_screen "the session is saved with its delegates" "已保存六届五次教代会，代表3人"
expect_whole "zh_CN: the congress sessions" proposals-sessions-zh.txt
keys Enter
poll form_open
expect_screen "e/Enter on a session: its delegates by number" "T001, T002, T004"
keys Escape
poll form_closed
keys Escape
wait_for "答复3条（100%）"

# a: a new proposal from 王芳 (pinyin initials) to that session
keys a
poll form_open
keys Tab
type_text "wf"
keys Tab
type_text "延长图书馆开放时间"
keys Tab Space
expect_whole "zh_CN: a new proposal" proposals-new-zh.txt
keys F2
poll form_closed
expect_screen "the proposal is recorded" "已记录提案“延长图书馆开放时间”"
expect_screen "the rate: 3 of 4" "收到提案和建议4条，答复3条（75%）"

# e: the title changed; the answer stays
keys e
poll form_open
keys Tab Tab C-u
type_text "周末开放图书馆"
keys F2
poll form_closed
expect_screen "e saves" "已保存提案“周末开放图书馆”"

# an answer dated before the proposal is refused with core's sentence
keys Enter
poll form_open
keys Tab C-u
type_text "2025-06-01"
keys Tab
type_text "可以"
keys F2
expect_screen "an answer before the proposal is refused" "早于建议的提出日期2025-06-15"
keys Escape
wait_for "(y/n)"
keys y
poll form_closed
expect_whole "zh_CN: the list after it all" proposals-list2-zh.txt
keys q
expect_status "q quits" 0

app_start C.UTF-8 GONGHUI_SECTION=proposals
wait_for "4 proposals received"
expect_whole "English: the year's proposals" proposals-list-en.txt
keys c
wait_for "Sessions of the staff congress"
expect_whole "English: the congress sessions" proposals-sessions-en.txt
keys q
wait_for "4 proposals received"
keys q
expect_status "q quits" 0

gh export proposals >"$TMP/proposals"
cat >"$TMP/want" <<'END'
date,member_no,title,status,answer,answered_on,session
2025-03-20,T001,改善教师食堂伙食,adopted,已调整菜谱,2025-04-01,
2025-03-20,T003,增加体育器材,answered,下学期采购,2025-04-02,
2025-03-21,T004,设立教师阅览室,adopted,已腾出三楼一间教室,2025-06-15,
2025-06-15,T002,周末开放图书馆,received,,,六届五次教代会
END
expect_same "export proposals: the answer, the new one, the edit" "$TMP/want" "$TMP/proposals"
