/*
 * keys.c — the key table, its dispatcher (keys_action), and the two things generated
 * from it: the bottom key line (keys_bar) and the help screen (keys_help).
 *
 * Terminals without F-keys, PgUp/PgDn or Home/End (vt100) get control-key twins:
 * F2 = Ctrl-S (save), PgUp/PgDn = Ctrl-B/Ctrl-F, Home/End = Ctrl-A/Ctrl-E in a field,
 * Delete = Ctrl-D. Shift-Tab = Up in a form.
 */
#include "tui/keys.h"
#include "tui/ui.h"
#include "core/i18n.h"
#include "core/text.h"

#include <stdio.h>
#include <string.h>

#define ENTER '\r', '\n', K_FN(KEY_ENTER)


static const struct binding table[] = {
	/* global: every list screen */
	{ KM_GLOBAL, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"),
	  N_("Show the keys of this screen") },
	{ KM_GLOBAL, ACT_QUIT, { 'q', 'Q', K_CTRL('c') }, NULL, N_("Quit"),
	  N_("Leave gonghui (asks when something is not saved)") },
	{ KM_GLOBAL, ACT_SECTION_1, { '1' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_2, { '2' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_3, { '3' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_4, { '4' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_5, { '5' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_6, { '6' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_7, { '7' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_8, { '8' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_9, { '9' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_HOME_SCREEN, { '0' }, NULL, NULL,
	  N_("The first screen: what is waiting (dues, visits, birthdays, caps, money)") },

	/* moving in a list */
	{ KM_LIST, ACT_UP, { K_FN(KEY_UP), K_CTRL('p') }, NULL, NULL, N_("Previous line") },
	{ KM_LIST, ACT_DOWN, { K_FN(KEY_DOWN), K_CTRL('n') }, NULL, NULL, N_("Next line") },
	{ KM_LIST, ACT_PGUP, { K_FN(KEY_PPAGE), K_CTRL('b') }, NULL, NULL, N_("Previous page") },
	{ KM_LIST, ACT_PGDN, { K_FN(KEY_NPAGE), K_CTRL('f') }, NULL, NULL, N_("Next page") },
	{ KM_LIST, ACT_HOME, { K_FN(KEY_HOME) }, NULL, NULL, N_("First line") },
	{ KM_LIST, ACT_END, { K_FN(KEY_END) }, NULL, NULL, N_("Last line") },

	/* the member roll */
	{ KM_MEMBERS, ACT_ADD, { 'a' }, NULL, N_("Add"), N_("Add a member") },
	{ KM_MEMBERS, ACT_EDIT, { 'e', ENTER }, NULL, N_("Edit"), N_("Edit the member") },
	{ KM_MEMBERS, ACT_RETIRE, { 'r' }, NULL, N_("Retire"),
	  N_("Mark the member retired (asks for the date)") },
	{ KM_MEMBERS, ACT_LEAVE, { 'l' }, NULL, N_("Left"),
	  N_("Mark that the member left the union (asks for the date)") },
	{ KM_MEMBERS, ACT_SEARCH, { '/' }, NULL, N_("Search"),
	  N_("Search by name, number or pinyin initials (zs finds 张三)") },
	{ KM_MEMBERS, ACT_FILTER, { 'f' }, NULL, N_("Status"),
	  N_("Show all members, or only active, retired, left, deceased") },
	{ KM_MEMBERS, ACT_GROUP, { 'g' }, NULL, N_("Group"),
	  N_("Show one union group after another") },
	{ KM_MEMBERS, ACT_SORT, { 's' }, NULL, N_("Sort"),
	  N_("Sort by number, name, group or status") },
	{ KM_MEMBERS, ACT_REVERSE, { 'S' }, NULL, N_("Reverse"), N_("Reverse the order") },
	{ KM_MEMBERS, ACT_BACK, { K_ESC }, NULL, NULL, N_("Clear the search and filters") },
	{ KM_MEMBERS, ACT_PRINT, { 'p' }, NULL, NULL,
	  N_("Print the member roll (with lp, when this computer has it)") },

	/* dues for a month */
	{ KM_DUES, ACT_MARK, { ' ' }, NULL, N_("Paid"), N_("Mark the member paid, or not") },
	{ KM_DUES, ACT_MARK_ALL, { 'A' }, NULL, N_("All paid"), N_("Mark every member paid") },
	{ KM_DUES, ACT_UNMARK_ALL, { 'N' }, NULL, NULL, N_("Clear every mark not yet saved") },
	{ KM_DUES, ACT_AMOUNT, { 'e', ENTER }, NULL, N_("Amount"),
	  N_("Change the amount the member pays this month") },
	{ KM_DUES, ACT_PREV_MONTH, { '<', ',' }, "< >", N_("Month"), N_("Previous month") },
	{ KM_DUES, ACT_NEXT_MONTH, { '>', '.' }, NULL, NULL, N_("Next month") },
	{ KM_DUES, ACT_THIS_MONTH, { 't' }, NULL, NULL, N_("This month") },
	{ KM_DUES, ACT_PRINT, { 'p' }, NULL, NULL,
	  N_("Print the month's saved dues (with lp, when this computer has it)") },
	{ KM_DUES, ACT_SAVE, { K_FN(KEY_F(2)), K_CTRL('s') }, NULL, N_("Save"),
	  N_("Save the marked payments and their ledger entry") },
	/* L10N: bottom-line label of x on the dues screen: cancel a saved payment (撤销缴费).
	 * Keep it short (at most 8 columns, four Chinese characters): the dues screen's key
	 * line must fit in 80 columns. */
	{ KM_DUES, ACT_CANCEL_PAY, { 'x' }, NULL, N_("Undo pay"),
	  N_("Cancel a saved payment (asks first; a correcting ledger entry is made)") },

	/* welfare given in a year */
	{ KM_WELFARE, ACT_ADD, { 'a' }, NULL, N_("Add"),
	  N_("Record welfare given to a member (cash, goods, or both)") },
	/* Only in the help: the welfare list's bottom line is full (A is named in the
	 * help and in the README). */
	{ KM_WELFARE, ACT_GIVE_MANY, { 'A' }, NULL, NULL,
	  N_("Give the same to many members at once (集体发放): all, the women, the retirees, "
	     "a group or a list") },
	/* L10N: bottom-line label of v on the welfare screen: log a visit (走访). Short. */
	{ KM_WELFARE, ACT_VISIT, { 'v' }, NULL, N_("Visit"), N_("Log a visit to a member") },
	/* L10N: bottom-line label of m: the open 五必访 cases. Short (10 columns at most). */
	{ KM_WELFARE, ACT_MUSTVISIT, { 'm' }, NULL, N_("Must-visit"),
	  N_("List the open must-visit cases (五必访), oldest first") },
	/* L10N: bottom-line label of V (shift-v) on the welfare list: show the year's visits
	 * instead (走访记录). Short (10 columns at most). */
	{ KM_WELFARE, ACT_VISITS, { 'V' }, NULL, N_("Visits"),
	  N_("Show the visits logged in the year, who was visited and by whom (V again comes "
	     "back)") },
	/* L10N: bottom-line label of x: reverse a welfare record (冲销). Short. */
	{ KM_WELFARE, ACT_VOID, { 'x' }, NULL, N_("Reverse"),
	  N_("Reverse the welfare record (asks first; a correcting entry goes in the books)") },
	{ KM_WELFARE, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_WELFARE, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_WELFARE, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },
	{ KM_WELFARE, ACT_PRINT, { 'p' }, NULL, NULL,
	  N_("Print the sign sheet of the row's day and kind (with lp)") },
	/* L10N: bottom-line label of Enter on a list: show the row in full. Short. */
	{ KM_WELFARE, ACT_OPEN, { ENTER }, NULL, N_("Open"),
	  N_("Show the record in full: goods, note, who paid") },

	/* the visits of a year: the welfare section's other list (V switches) */
	{ KM_VISITS, ACT_VISIT, { 'v', 'a' }, NULL, N_("Visit"),
	  N_("Log a visit to a member (on this list a adds a visit too)") },
	{ KM_VISITS, ACT_MUSTVISIT, { 'm' }, NULL, N_("Must-visit"),
	  N_("List the open must-visit cases (五必访), oldest first") },
	/* L10N: bottom-line label of V on the visits list: back to the welfare list. */
	{ KM_VISITS, ACT_VISITS, { 'V' }, NULL, N_("Welfare"),
	  N_("Back to the welfare list") },
	{ KM_VISITS, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_VISITS, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_VISITS, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },
	{ KM_VISITS, ACT_OPEN, { ENTER }, NULL, N_("Open"),
	  N_("Show the visit in full: visitors, place, note, what was brought") },

	/* the year-end report on screen */
	{ KM_REPORT, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_REPORT, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_REPORT, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },
	/* L10N: bottom-line label of s on the report: save it to a file. Short. */
	{ KM_REPORT, ACT_SAVE_FILE, { 's' }, NULL, N_("Save"),
	  N_("Save the report to a file, as text or CSV") },
	/* L10N: bottom-line label of p on the report: print it. Short. */
	{ KM_REPORT, ACT_PRINT, { 'p' }, NULL, N_("Print"),
	  N_("Print the report (with lp, when this computer has it)") },

	/* the events of a year */
	{ KM_EVENTS, ACT_ADD, { 'a' }, NULL, N_("Add"),
	  N_("Add an event (the code of the next one is suggested)") },
	{ KM_EVENTS, ACT_EDIT, { 'e' }, NULL, N_("Edit"), N_("Edit the event") },
	/* L10N: bottom-line label of Enter on the events list: open the event's sign-ups
	 * (报名). Short (10 columns at most). */
	{ KM_EVENTS, ACT_OPEN, { ENTER }, NULL, N_("Sign-ups"),
	  N_("Show the event's sign-ups: sign members up, cancel, mark attendance") },
	{ KM_EVENTS, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_EVENTS, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_EVENTS, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },

	/* one event's sign-ups */
	/* L10N: bottom-line label of a on an event's sign-ups: sign one member up (报名). */
	{ KM_SIGNUPS, ACT_ADD, { 'a' }, NULL, N_("Sign up"),
	  N_("Sign one member up (a number, a name or pinyin initials)") },
	/* L10N: bottom-line label of A on the sign-ups: many at once from a checklist
	 * (批量). Short. */
	{ KM_SIGNUPS, ACT_SIGN_MANY, { 'A' }, NULL, N_("Many"),
	  N_("Sign up many at once, ticked on a checklist of the roll") },
	/* L10N: bottom-line label of x on the sign-ups: cancel the sign-up (取消). Short. */
	{ KM_SIGNUPS, ACT_WITHDRAW, { 'x' }, NULL, N_("Cancel"),
	  N_("Cancel the sign-up (asks first); the first one waiting moves up") },
	/* L10N: bottom-line label of Space on the sign-ups: attended or absent (出席). */
	{ KM_SIGNUPS, ACT_ATTEND, { ' ' }, "Space", N_("Attended"),
	  N_("After the event: mark the member attended, or absent") },
	/* L10N: bottom-line label of r on the sign-ups: a result or award (成绩). Short. */
	{ KM_SIGNUPS, ACT_RESULT, { 'r' }, NULL, N_("Result"),
	  N_("Record a result or an award (一等奖)") },
	{ KM_SIGNUPS, ACT_BACK, { K_ESC, 'q', K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the events") },
	{ KM_SIGNUPS, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"),
	  N_("Show these keys") },

	/* a checklist of the roll, to sign many up at once */
	/* L10N: bottom-line label of Space on the checklist: tick a member (勾选). */
	{ KM_CHECKLIST, ACT_TICK, { ' ' }, "Space", N_("Tick"),
	  N_("Tick the member, or untick") },
	/* L10N: bottom-line label of * on the checklist: tick everyone shown. Short. */
	{ KM_CHECKLIST, ACT_TICK_ALL, { '*' }, NULL, N_("All shown"),
	  N_("Tick everyone shown who can sign up (again: untick them)") },
	{ KM_CHECKLIST, ACT_FILTER, { 'f' }, NULL, N_("Status"),
	  N_("Show the active members, the retirees, or everyone") },
	{ KM_CHECKLIST, ACT_GROUP, { 'g' }, NULL, N_("Group"),
	  N_("Show one union group after another") },
	/* L10N: bottom-line label of F2 on the checklist: sign up the ticked members. */
	{ KM_CHECKLIST, ACT_SAVE, { K_FN(KEY_F(2)), K_CTRL('s'), ENTER }, NULL, N_("Sign up"),
	  N_("Sign up everyone ticked (asks first), in one go") },
	{ KM_CHECKLIST, ACT_BACK, { K_ESC, K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the sign-ups without signing anyone up") },
	{ KM_CHECKLIST, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"),
	  N_("Show these keys") },
	/* the books: a month's entries */
	{ KM_BOOKS, ACT_ADD, { 'a' }, NULL, N_("Add"),
	  N_("Record an entry in the month shown: date, voucher, accounts, amount") },
	/* L10N: bottom-line label of x on the books: reverse an entry (红字冲销). Short. */
	{ KM_BOOKS, ACT_VOID, { 'x' }, NULL, N_("Reverse"),
	  N_("Reverse the entry with a red entry dated today (asks first; nothing is "
	     "deleted)") },
	/* L10N: bottom-line label of c on the books: close the month (月结). Short. */
	{ KM_BOOKS, ACT_CLOSE_MONTH, { 'c' }, NULL, N_("Close"),
	  N_("Close the month (月结): what it holds and what looks missing, then a question; "
	     "it cannot be undone") },
	/* L10N: bottom-line label of A on the books: the chart of accounts (科目). Short. */
	{ KM_BOOKS, ACT_CHART, { 'A' }, NULL, N_("Accounts"),
	  N_("The chart of accounts with each account's figures for the month and the year") },
	{ KM_BOOKS, ACT_OPEN, { ENTER }, NULL, N_("Open"),
	  N_("Show the entry in full, and the record of dues, welfare or donation it comes "
	     "from") },
	{ KM_BOOKS, ACT_PREV_MONTH, { '<', ',' }, "< >", N_("Month"), N_("Previous month") },
	{ KM_BOOKS, ACT_NEXT_MONTH, { '>', '.' }, NULL, NULL, N_("Next month") },
	{ KM_BOOKS, ACT_THIS_MONTH, { 't' }, NULL, NULL, N_("This month") },

	/* the chart of accounts, over the books */
	{ KM_CHART, ACT_BACK, { K_ESC, 'q', 'A', K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the month's entries") },
	{ KM_CHART, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },

	/* the month-close summary */
	/* L10N: bottom-line label of c on the month-close summary: go on to the question. */
	{ KM_MONTHEND, ACT_CLOSE_MONTH, { 'c', ENTER }, NULL, N_("Close the month"),
	  N_("Close the month (asks once more: it cannot be undone)") },
	{ KM_MONTHEND, ACT_BACK, { K_ESC, 'q', K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the month's entries, closing nothing") },
	{ KM_MONTHEND, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },

	/* one entry in full */
	{ KM_ENTRY, ACT_BACK, { K_ESC, 'q', ENTER, K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the month's entries") },
	{ KM_ENTRY, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },
	/* the year's donation drives */
	/* L10N: bottom-line label of a on the donations list: record a gift (捐款) to the
	 * drive under the bar. Short. */
	{ KM_DONATIONS, ACT_ADD, { 'a' }, NULL, N_("Gift"),
	  N_("Record a gift to the drive: from a member or from outside the union") },
	/* L10N: bottom-line label of A: the same gift from many members (集体捐款). Short. */
	{ KM_DONATIONS, ACT_GIVE_MANY, { 'A' }, NULL, N_("Many"),
	  N_("The same gift from many members at once: all, the women, the retirees, a group "
	     "or a list") },
	/* L10N: bottom-line label of h: hand a drive's money over (转交). Short. */
	{ KM_DONATIONS, ACT_HANDOVER, { 'h' }, NULL, N_("Hand over"),
	  N_("Hand the drive's money over to whom it was collected for (an entry out of 231)") },
	/* L10N: bottom-line label of n: start a new donation drive (新活动). Short. */
	{ KM_DONATIONS, ACT_NEW_DRIVE, { 'n' }, NULL, N_("New"),
	  N_("Start a new donation drive: its name, date and cause") },
	{ KM_DONATIONS, ACT_OPEN, { ENTER }, NULL, N_("Open"),
	  N_("Show the drive's gifts and where its money went") },
	{ KM_DONATIONS, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_DONATIONS, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_DONATIONS, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },

	/* one drive's gifts, over the drives */
	{ KM_DRIVE, ACT_ADD, { 'a' }, NULL, N_("Gift"),
	  N_("Record a gift to this drive: from a member or from outside the union") },
	{ KM_DRIVE, ACT_GIVE_MANY, { 'A' }, NULL, N_("Many"),
	  N_("The same gift from many members at once: all, the women, the retirees, a group "
	     "or a list") },
	{ KM_DRIVE, ACT_HANDOVER, { 'h' }, NULL, N_("Hand over"),
	  N_("Hand the drive's money over to whom it was collected for (an entry out of 231)") },
	/* L10N: bottom-line label of x on a drive's gifts: reverse the gift (冲销). Short. */
	{ KM_DRIVE, ACT_VOID, { 'x' }, NULL, N_("Reverse"),
	  N_("Reverse the gift under the bar, saved wrong (asks first; a correcting entry goes "
	     "in the books)") },
	/* L10N: bottom-line label of X (shift-x) on a drive's gifts: reverse one of its
	 * handovers (冲销转交). Short (12 columns at most). */
	{ KM_DRIVE, ACT_VOID_HANDOVER, { 'X' }, NULL, N_("Undo handover"),
	  N_("Reverse a handover saved wrong: asks which, then asks first; the money is held "
	     "again") },
	{ KM_DRIVE, ACT_BACK, { K_ESC, 'q', K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the drives") },
	{ KM_DRIVE, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },

	/* the account picker: several accounts match what was typed in an account field */
	{ KM_ACCOUNTS, ACT_ACCEPT, { ENTER }, NULL, N_("Pick"), N_("Take this account") },
	{ KM_ACCOUNTS, ACT_CANCEL, { K_ESC, K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the field, keeping what was typed") },
	{ KM_ACCOUNTS, ACT_HELP, { K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },
	/* the year's proposals */
	{ KM_PROPOSALS, ACT_ADD, { 'a' }, NULL, N_("Add"), N_("Record a proposal") },
	{ KM_PROPOSALS, ACT_EDIT, { 'e' }, NULL, N_("Edit"),
	  N_("Change the proposal's date, proposer, title or session (its answer stays)") },
	/* L10N: bottom-line label of Enter on the proposals: answer the proposal (答复). */
	{ KM_PROPOSALS, ACT_ANSWER, { ENTER, 'r' }, NULL, N_("Answer"),
	  N_("Answer the proposal: answered, adopted or not adopted, the answer and its date") },
	/* L10N: bottom-line label of c: the sessions of the staff congress (届次). Short. */
	{ KM_PROPOSALS, ACT_CONGRESS, { 'c' }, NULL, N_("Sessions"),
	  N_("The sessions of the staff congress (教代会) and their delegates") },
	{ KM_PROPOSALS, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_PROPOSALS, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_PROPOSALS, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },

	/* the first screen */
	{ KM_HOME, ACT_MUSTVISIT, { 'm' }, NULL, N_("Must-visit"),
	  N_("List the open must-visit cases (五必访), oldest first; Enter logs the visit") },

	/* the sessions of the staff congress */
	{ KM_CONGRESS, ACT_ADD, { 'a' }, NULL, N_("Add"), N_("Add a session of the staff congress") },
	{ KM_CONGRESS, ACT_EDIT, { 'e', ENTER }, NULL, N_("Edit"),
	  N_("Change the session: its name, date, note and delegates") },
	{ KM_CONGRESS, ACT_BACK, { K_ESC, 'q', K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the proposals") },
	{ KM_CONGRESS, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },

	/* moving in a list that is not a section */
	{ KM_MOVE, ACT_UP, { K_FN(KEY_UP), K_CTRL('p') }, NULL, NULL, N_("Previous line") },
	{ KM_MOVE, ACT_DOWN, { K_FN(KEY_DOWN), K_CTRL('n') }, NULL, NULL, N_("Next line") },
	{ KM_MOVE, ACT_PGUP, { K_FN(KEY_PPAGE), K_CTRL('b') }, NULL, NULL, N_("Previous page") },
	{ KM_MOVE, ACT_PGDN, { K_FN(KEY_NPAGE), K_CTRL('f') }, NULL, NULL, N_("Next page") },
	{ KM_MOVE, ACT_HOME, { K_FN(KEY_HOME) }, NULL, NULL, N_("First line") },
	{ KM_MOVE, ACT_END, { K_FN(KEY_END) }, NULL, NULL, N_("Last line") },

	/* the member picker: several members match what was typed in a member field */
	{ KM_PICK, ACT_ACCEPT, { ENTER }, NULL, N_("Pick"), N_("Take this member") },
	{ KM_PICK, ACT_CANCEL, { K_ESC, K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the field, keeping what was typed") },
	{ KM_PICK, ACT_HELP, { K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },

	/* the open must-visit cases */
	{ KM_MUSTVISIT, ACT_VISIT, { ENTER, 'v' }, NULL, N_("Visit"),
	  N_("Log the visit for this case (the form comes filled in)") },
	{ KM_MUSTVISIT, ACT_BACK, { K_ESC, 'q', K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the welfare or visits list") },
	{ KM_MUSTVISIT, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"),
	  N_("Show these keys") },

	/* the settings */
	{ KM_SETTINGS, ACT_EDIT, { 'e', ENTER }, NULL, N_("Edit"),
	  N_("Change the school, the union or how dues are reckoned") },
	/* L10N: bottom-line label of c in the settings: change one welfare cap. Short. */
	{ KM_SETTINGS, ACT_CAP, { 'c' }, NULL, N_("Cap"),
	  N_("Change the welfare cap of one kind: the most a member may get a year, goods "
	     "only") },
	/* L10N: bottom-line label of p in the settings: apply a preset of caps. Short. */
	{ KM_SETTINGS, ACT_PRESET, { 'p' }, NULL, N_("Caps preset"),
	  N_("Put a preset of welfare caps (none, Anhui) in place of the caps kept (asks "
	     "first)") },

	/* editing one line of text */
	{ KM_EDIT, ACT_LEFT, { K_FN(KEY_LEFT) }, NULL, NULL, N_("Move left one character") },
	{ KM_EDIT, ACT_RIGHT, { K_FN(KEY_RIGHT) }, NULL, NULL, N_("Move right one character") },
	{ KM_EDIT, ACT_LINE_START, { K_FN(KEY_HOME), K_CTRL('a') }, NULL, NULL,
	  N_("Go to the start of the text") },
	{ KM_EDIT, ACT_LINE_END, { K_FN(KEY_END), K_CTRL('e') }, NULL, NULL,
	  N_("Go to the end of the text") },
	{ KM_EDIT, ACT_BACKSPACE, { K_FN(KEY_BACKSPACE), 127, 8 }, NULL, NULL,
	  N_("Delete the character before the cursor") },
	{ KM_EDIT, ACT_DELETE, { K_FN(KEY_DC), K_CTRL('d') }, NULL, NULL,
	  N_("Delete the character under the cursor") },
	{ KM_EDIT, ACT_KILL_LINE, { K_CTRL('u') }, NULL, NULL, N_("Clear the text") },

	/* a form */
	{ KM_FORM, ACT_SAVE, { K_FN(KEY_F(2)), K_CTRL('s') }, NULL, N_("Save"), N_("Save") },
	{ KM_FORM, ACT_CANCEL, { K_ESC, K_CTRL('c') }, NULL, N_("Cancel"),
	  N_("Close without saving (asks when something changed)") },
	{ KM_FORM, ACT_NEXT_FIELD, { '\t', K_FN(KEY_DOWN), ENTER }, NULL, N_("Next"),
	  N_("Next field") },
	{ KM_FORM, ACT_PREV_FIELD, { K_FN(KEY_BTAB), K_FN(KEY_UP) }, NULL, NULL,
	  N_("Previous field") },
	{ KM_FORM, ACT_CHOICE, { ' ' }, "Space", N_("Change"),
	  N_("Change a choice (also Left and Right)") },
	{ KM_FORM, ACT_HELP, { K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },

	/* typing a search */
	{ KM_SEARCH, ACT_ACCEPT, { ENTER }, NULL, N_("Done"), N_("Keep this search") },
	{ KM_SEARCH, ACT_CANCEL, { K_ESC, K_CTRL('c') }, NULL, N_("Clear"), N_("Clear the search") },
	{ KM_SEARCH, ACT_DOWN, { K_FN(KEY_DOWN) }, NULL, NULL, N_("Keep this search") },

	/* the help screen */
	{ KM_HELP, ACT_UP, { K_FN(KEY_UP) }, NULL, NULL, N_("Scroll up") },
	{ KM_HELP, ACT_DOWN, { K_FN(KEY_DOWN) }, NULL, NULL, N_("Scroll down") },
	{ KM_HELP, ACT_PGUP, { K_FN(KEY_PPAGE), K_CTRL('b') }, NULL, NULL, N_("Previous page") },
	{ KM_HELP, ACT_PGDN, { K_FN(KEY_NPAGE), K_CTRL('f'), ' ' }, NULL, NULL, N_("Next page") },
	{ KM_HELP, ACT_CANCEL, { K_ESC, 'q', '?', K_FN(KEY_F(1)), K_CTRL('c') }, NULL, N_("Back"),
	  N_("Close the help") },

	/* a county database: its schools, its report, one school's report */
	{ KM_COUNTY, ACT_OPEN, { ENTER }, NULL, N_("Open"),
	  N_("Show the school's report of the year, as consolidated") },
	{ KM_COUNTY_REPORT, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_COUNTY_REPORT, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_COUNTY_REPORT, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },
	/* L10N: bottom-line label of s on the county's report: the table of schools instead
	 * of the totals, and back. Short (10 columns at most). */
	{ KM_COUNTY_REPORT, ACT_BY_SCHOOL, { 's' }, NULL, N_("By school"),
	  N_("Show a row per school instead of the county's totals (s again comes back)") },
	{ KM_COUNTY_TEXT, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_COUNTY_TEXT, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_COUNTY_TEXT, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },
	{ KM_COUNTY_TEXT, ACT_BACK, { K_ESC, 'q', K_CTRL('c') }, NULL, N_("Back"),
	  N_("Back to the list of schools") },
	{ KM_COUNTY_TEXT, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"),
	  N_("Show these keys") },

	/* a yes/no question */
	{ KM_ASK, ACT_YES, { 'y', 'Y' }, NULL, N_("Yes"), N_("Yes") },
	{ KM_ASK, ACT_NO, { 'n', 'N', K_ESC, K_CTRL('g'), K_CTRL('c') }, NULL, N_("No"),
	  N_("No (also Esc)") },
};

#define TABLE_N ((int)(sizeof table / sizeof table[0]))

static const enum keymap parent[KM_COUNT_] = {
	[KM_GLOBAL] = KM_NONE,
	[KM_EDIT] = KM_NONE,
	[KM_LIST] = KM_GLOBAL,
	[KM_MEMBERS] = KM_LIST,
	[KM_DUES] = KM_LIST,
	[KM_SETTINGS] = KM_GLOBAL,
	[KM_WELFARE] = KM_LIST,
	[KM_VISITS] = KM_LIST,
	[KM_MOVE] = KM_NONE,
	[KM_PICK] = KM_MOVE,
	[KM_MUSTVISIT] = KM_MOVE,
	[KM_FORM] = KM_EDIT,
	[KM_SEARCH] = KM_EDIT,
	[KM_HELP] = KM_NONE,
	[KM_ASK] = KM_NONE,
	[KM_COUNTY] = KM_LIST,
	[KM_COUNTY_REPORT] = KM_LIST,
	[KM_COUNTY_TEXT] = KM_MOVE,
	[KM_REPORT] = KM_LIST,
	[KM_EVENTS] = KM_LIST,
	[KM_SIGNUPS] = KM_MOVE,
	[KM_CHECKLIST] = KM_MOVE,
	[KM_BOOKS] = KM_LIST,
	[KM_CHART] = KM_MOVE,
	[KM_MONTHEND] = KM_NONE,
	[KM_ENTRY] = KM_NONE,
	[KM_ACCOUNTS] = KM_MOVE,
	[KM_DONATIONS] = KM_LIST,
	[KM_DRIVE] = KM_MOVE,
	[KM_PROPOSALS] = KM_LIST,
	[KM_CONGRESS] = KM_MOVE,
	[KM_HOME] = KM_GLOBAL,
};

const struct binding *keys_rows(int *n)
{
	*n = TABLE_N;
	return table;
}

enum keymap keys_parent(enum keymap km)
{
	return km > KM_NONE && km < KM_COUNT_ ? parent[km] : KM_NONE;
}

/* Append one sentence to out. */
static void keys_problem(char *out, size_t n, size_t *o, const char *fmt, int a, int b, int c)
{
	if (*o >= n)
		return;
	*o += (size_t)snprintf(out + *o, n - *o, fmt, a, b, c);
	if (*o < n)
		*o += (size_t)snprintf(out + *o, n - *o, "\n");
}

int keys_check_rows(const struct binding *rows, int nrows, const enum keymap *up,
		    char *out, size_t n)
{
	size_t o = 0;
	int bad = 0;

	if (n)
		out[0] = '\0';
	/* A key bound twice along one chain: the row found second can never be reached. */
	for (int i = 0; i < nrows; i++)
		for (int k = 0; k < KEYS_MAX && rows[i].keys[k]; k++)
			for (enum keymap km = rows[i].km; km != KM_NONE; km = up[km])
				for (int j = 0; j < nrows; j++) {
					if (rows[j].km != km || (km == rows[i].km && j <= i))
						continue;
					for (int l = 0; l < KEYS_MAX && rows[j].keys[l]; l++)
						if (rows[j].keys[l] == rows[i].keys[k]) {
							keys_problem(out, n, &o,
								     "key %d is bound twice along one keymap chain "
								     "(rows %d and %d)",
								     rows[i].keys[k], i, j);
							bad++;
						}
				}
	/* An action that no key does. */
	for (int a = ACT_NONE + 1; a < ACT_COUNT_; a++) {
		int found = 0;
		for (int i = 0; i < nrows && !found; i++)
			found = rows[i].act == (enum action)a;
		if (!found) {
			keys_problem(out, n, &o, "action %d has no row in the key table", a, 0, 0);
			bad++;
		}
	}
	/* A key that works but shows neither in the bottom line nor in the help (the
	 * section digits are one generated help line). */
	for (int i = 0; i < nrows; i++)
		if (!rows[i].bar && !rows[i].help &&
		    !(rows[i].act >= ACT_SECTION_1 && rows[i].act <= ACT_SECTION_9)) {
			keys_problem(out, n, &o,
				     "row %d (keymap %d, action %d) is in neither the bar nor the help",
				     i, rows[i].km, rows[i].act);
			bad++;
		}
	return bad;
}

int keys_check(char *out, size_t n) { return keys_check_rows(table, TABLE_N, parent, out, n); }

enum action keys_action(enum keymap km, int key)
{
	for (; km != KM_NONE; km = parent[km])
		for (int i = 0; i < TABLE_N; i++)
			if (table[i].km == km)
				for (int k = 0; k < KEYS_MAX && table[i].keys[k]; k++)
					if (table[i].keys[k] == key)
						return table[i].act;
	return ACT_NONE;
}

const char *keys_name(int key, char *buf, int n)
{
	static const struct { int key; const char *name; } names[] = {
		{ K_FN(KEY_UP), "Up" }, { K_FN(KEY_DOWN), "Down" },
		{ K_FN(KEY_LEFT), "Left" }, { K_FN(KEY_RIGHT), "Right" },
		{ K_FN(KEY_PPAGE), "PgUp" }, { K_FN(KEY_NPAGE), "PgDn" },
		{ K_FN(KEY_HOME), "Home" }, { K_FN(KEY_END), "End" },
		{ K_FN(KEY_BTAB), "Shift-Tab" }, { K_FN(KEY_DC), "Delete" },
		{ K_FN(KEY_BACKSPACE), "Backspace" }, { 127, "Backspace" }, { 8, "Backspace" },
		{ K_FN(KEY_ENTER), "Enter" }, { '\r', "Enter" }, { '\n', "Enter" },
		{ '\t', "Tab" }, { K_ESC, "Esc" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].key == key) {
			snprintf(buf, (size_t)n, "%s", names[i].name);
			return buf;
		}
	if (key == ' ')
		/* L10N: the name of the space bar in the key list. */
		snprintf(buf, (size_t)n, "%s", _("Space"));
	else if (key > K_FN(0) && key >= K_FN(KEY_F(1)) && key <= K_FN(KEY_F(12)))
		snprintf(buf, (size_t)n, "F%d", key - K_FN(KEY_F(0)));
	else if (key >= 1 && key < 0x20)
		snprintf(buf, (size_t)n, "Ctrl-%c", key + '@');
	else if (ui_key_utf8(key, buf) > 0 && n >= 8)
		;
	else
		snprintf(buf, (size_t)n, "?");
	return buf;
}

/* The bottom-line items of km's chain, own keymap first. */
struct item {
	char key[32];
	const char *label;
	int own;          /* from the keymap itself, not a parent */
};

static int keys_items(enum keymap km, struct item *out, int max)
{
	int n = 0;
	enum keymap self = km;
	for (; km != KM_NONE; km = parent[km])
		for (int i = 0; i < TABLE_N && n < max; i++) {
			if (table[i].km != km || !table[i].bar)
				continue;
			if (table[i].barkey)
				snprintf(out[n].key, sizeof out[n].key, "%s",
					 strcmp(table[i].barkey, "Space") == 0 ? _("Space")
									      : table[i].barkey);
			else
				keys_name(table[i].keys[0], out[n].key, sizeof out[n].key);
			out[n].label = _(table[i].bar);
			out[n].own = km == self;
			n++;
		}
	return n;
}

void keys_bar(enum keymap km)
{
	struct item items[32];
	int n = keys_items(km, items, 32), y = LINES - 1;
	int width = 0, last_own = 0;

	/* Help and Quit (the parents' items) always show; the screen's own items are
	 * dropped from the end until the rest fits. */
	for (int i = 0; i < n; i++) {
		width += text_width(items[i].key) + 1 + text_width(items[i].label) + 2;
		if (items[i].own)
			last_own = i + 1;
	}
	while (width - 2 > COLS && last_own > 0) {
		last_own--;
		width -= text_width(items[last_own].key) + 1 +
			 text_width(items[last_own].label) + 2;
		items[last_own].label = NULL;
	}
	ui_clear_line(y, UI_KEYLABEL);
	int x = 0;
	for (int i = 0; i < n && x < COLS; i++) {
		if (!items[i].label)
			continue;
		x += ui_put(y, x, items[i].key, COLS - x, UI_KEYNAME);
		if (x < COLS)
			x += 1;
		x += ui_put(y, x, items[i].label, COLS - x, UI_KEYLABEL);
		x += 2;
	}
}

