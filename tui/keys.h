/*
 * keys.h — keys are data. Every key the program answers is one row of the table in
 * keys.c: {keymap, action, keys, N_("bottom-line label"), N_("help text")}. Screens ask
 * keys_action() what a key means and switch on the action; the bottom line (keys_bar)
 * and the help screen (keys_help) are generated from the same rows, so they can never
 * disagree with what the keys do.
 *
 * Keymaps nest: a screen's keymap falls back to its parent (members → list → global), so
 * `q` and `?` work on every list screen, while a form (where q and ? are typed) has its
 * own keymap with no parent.
 */
#ifndef GH_KEYS_H
#define GH_KEYS_H

#include <stddef.h>

enum keymap {
	KM_NONE = -1,
	KM_GLOBAL,      /* sections, help, quit */
	KM_EDIT,        /* editing one line of text (a field, a search) */
	KM_LIST,        /* moving in a list */
	KM_MEMBERS,     /* the member roll */
	KM_DUES,        /* dues for a month */
	KM_SETTINGS,    /* the settings, between two edits */
	KM_WELFARE,     /* welfare given in a year */
	KM_VISITS,      /* the visits of a year (the welfare section's other list) */
	KM_MOVE,        /* moving in a list that is not a section (the parent of the next two) */
	KM_PICK,        /* choosing one of several members that match (the member picker) */
	KM_MUSTVISIT,   /* the open must-visit cases (五必访) */
	KM_FORM,        /* editing a form */
	KM_SEARCH,      /* typing a search */
	KM_HELP,        /* the help screen */
	KM_ASK,         /* a yes/no question on the message line */
	KM_COUNTY,      /* a county database: the list of its schools */
	KM_COUNTY_REPORT, /* a county database: the county's report */
	KM_COUNTY_TEXT, /* a county database: one school's report, over the list */
	KM_REPORT,      /* the year-end report on screen */
	KM_EVENTS,      /* the events of a year (活动) */
	KM_SIGNUPS,     /* one event's sign-ups, over the events */
	KM_CHECKLIST,   /* a checklist of the roll: signing up many at once */
	KM_BOOKS,       /* the books (收支账): a month's entries */
	KM_CHART,       /* the chart of accounts with a month's figures, over the books */
	KM_MONTHEND,    /* the month-close summary (月结), before the question */
	KM_ENTRY,       /* one entry of the books in full (read-only) */
	KM_ACCOUNTS,    /* choosing one of several accounts that match (the account picker) */
	KM_DONATIONS,   /* the year's donation drives */
	KM_DRIVE,       /* one drive's gifts and handovers, over the drives */
	KM_PROPOSALS,   /* the year's proposals */
	KM_CONGRESS,    /* the sessions of the staff congress, over the proposals */
	KM_HOME,        /* the first screen (what is waiting) */
	KM_COUNT_
};

enum action {
	ACT_NONE,
	/* global */
	ACT_HELP, ACT_QUIT, ACT_SECTION_1, ACT_SECTION_2, ACT_SECTION_3, ACT_SECTION_4,
	ACT_SECTION_5, ACT_SECTION_6, ACT_SECTION_7, ACT_SECTION_8, ACT_SECTION_9,
	ACT_HOME_SCREEN,
	/* moving */
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END,
	/* list screens */
	ACT_OPEN, ACT_ADD, ACT_EDIT, ACT_SEARCH, ACT_SORT, ACT_REVERSE, ACT_FILTER,
	ACT_GROUP, ACT_RETIRE, ACT_LEAVE, ACT_BACK,
	/* dues */
	ACT_MARK, ACT_MARK_ALL, ACT_UNMARK_ALL, ACT_AMOUNT, ACT_PREV_MONTH,
	ACT_NEXT_MONTH, ACT_THIS_MONTH, ACT_CANCEL_PAY,
	/* welfare */
	ACT_VISIT, ACT_MUSTVISIT, ACT_VOID, ACT_PREV_YEAR, ACT_NEXT_YEAR, ACT_THIS_YEAR,
	ACT_VISITS, ACT_GIVE_MANY,
	/* forms and editing */
	ACT_SAVE, ACT_CANCEL, ACT_NEXT_FIELD, ACT_PREV_FIELD, ACT_LEFT, ACT_RIGHT,
	ACT_LINE_START, ACT_LINE_END, ACT_BACKSPACE, ACT_DELETE, ACT_KILL_LINE,
	ACT_CHOICE, ACT_ACCEPT,
	/* a yes/no question */
	ACT_YES, ACT_NO,
	/* a county database */
	ACT_BY_SCHOOL,
	/* the report */
	ACT_SAVE_FILE, ACT_PRINT,
	/* events and sign-ups */
	ACT_SIGN_MANY, ACT_WITHDRAW, ACT_ATTEND, ACT_RESULT, ACT_TICK, ACT_TICK_ALL,
	/* the books */
	ACT_CLOSE_MONTH, ACT_CHART,
	/* donations */
	ACT_NEW_DRIVE, ACT_HANDOVER, ACT_VOID_HANDOVER,
	/* proposals */
	ACT_ANSWER, ACT_CONGRESS,
	/* the welfare caps in the settings */
	ACT_CAP, ACT_PRESET,
	ACT_COUNT_
};

/* What key means in keymap km (or its parents); ACT_NONE if nothing. */
enum action keys_action(enum keymap km, int key);

/* Draw the bottom line for keymap km: the keys that work there, as many as fit. */
void keys_bar(enum keymap km);

/* One row of the key table: in keymap km, keys[] (0-terminated when shorter) do act.
 * The help screen (tui/help.c) and the tests read the rows through keys_rows(). */
#define KEYS_MAX 6
struct binding {
	enum keymap km;
	enum action act;
	int keys[KEYS_MAX];
	const char *barkey;  /* how the bottom line names the keys, when not keys[0] */
	const char *bar;     /* short label for the bottom line; NULL: only in help */
	const char *help;    /* the line in the help screen */
};
const struct binding *keys_rows(int *n);
/* The keymap km falls back to (KM_NONE at the end of the chain). */
enum keymap keys_parent(enum keymap km);

/* What is wrong with the table, one sentence a line into out (n bytes): a key bound
 * twice along one keymap chain (so one of its rows can never be reached), an action
 * with no row, a row that is neither in the bottom line nor in the help. Returns how
 * many problems there are (0: none). */
int keys_check(char *out, size_t n);
/* The same checks over any table and parents (the tests give it a broken one). */
int keys_check_rows(const struct binding *rows, int nrows, const enum keymap *parents,
		    char *out, size_t n);

/* A key's name as people read it on a keyboard: "F2", "Ctrl-S", "Enter", "PgDn", "a". */
const char *keys_name(int key, char *buf, int n);

#endif
