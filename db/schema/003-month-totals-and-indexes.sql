-- 003-month-totals-and-indexes.sql: costs that stay flat as the years pile up.
--
-- ledger_month holds, for every account and month, the sum of the amounts debited to it
-- and credited from it and how many entries moved it. The triggers below keep it in the
-- same transaction as the entry that moves it, so a balance over whole months reads at
-- most one row per account and month instead of every entry of history (the year-end
-- report's opening balance summed every cash entry ever posted). It is derived data:
-- no audit rows; core/ledger.c's ledger_month_check compares it with a full
-- recomputation.
CREATE TABLE ledger_month (
	account TEXT NOT NULL,
	month   TEXT NOT NULL,
	debit   INTEGER NOT NULL DEFAULT 0,   -- fen debited to the account in the month
	credit  INTEGER NOT NULL DEFAULT 0,   -- fen credited from it
	entries INTEGER NOT NULL DEFAULT 0,   -- entries that moved it
	PRIMARY KEY (account, month)
) WITHOUT ROWID;

INSERT INTO ledger_month(account, month, debit, credit, entries)
SELECT account, month, sum(debit), sum(credit), sum(n) FROM (
	SELECT debit AS account, substr(date, 1, 7) AS month, sum(amount) AS debit,
	       0 AS credit, count(*) AS n
	  FROM ledger_entry GROUP BY 1, 2
	UNION ALL
	SELECT credit, substr(date, 1, 7), 0, sum(amount), count(*)
	  FROM ledger_entry GROUP BY 1, 2)
GROUP BY account, month;

CREATE TRIGGER ledger_month_insert AFTER INSERT ON ledger_entry BEGIN
	INSERT INTO ledger_month(account, month, debit, entries)
	VALUES (NEW.debit, substr(NEW.date, 1, 7), NEW.amount, 1)
	ON CONFLICT (account, month) DO UPDATE
	SET debit = debit + excluded.debit, entries = entries + 1;
	INSERT INTO ledger_month(account, month, credit, entries)
	VALUES (NEW.credit, substr(NEW.date, 1, 7), NEW.amount, 1)
	ON CONFLICT (account, month) DO UPDATE
	SET credit = credit + excluded.credit, entries = entries + 1;
END;
CREATE TRIGGER ledger_month_delete AFTER DELETE ON ledger_entry BEGIN
	UPDATE ledger_month SET debit = debit - OLD.amount, entries = entries - 1
	 WHERE account = OLD.debit AND month = substr(OLD.date, 1, 7);
	UPDATE ledger_month SET credit = credit - OLD.amount, entries = entries - 1
	 WHERE account = OLD.credit AND month = substr(OLD.date, 1, 7);
END;
CREATE TRIGGER ledger_month_update AFTER UPDATE OF date, debit, credit, amount
ON ledger_entry BEGIN
	UPDATE ledger_month SET debit = debit - OLD.amount, entries = entries - 1
	 WHERE account = OLD.debit AND month = substr(OLD.date, 1, 7);
	UPDATE ledger_month SET credit = credit - OLD.amount, entries = entries - 1
	 WHERE account = OLD.credit AND month = substr(OLD.date, 1, 7);
	INSERT INTO ledger_month(account, month, debit, entries)
	VALUES (NEW.debit, substr(NEW.date, 1, 7), NEW.amount, 1)
	ON CONFLICT (account, month) DO UPDATE
	SET debit = debit + excluded.debit, entries = entries + 1;
	INSERT INTO ledger_month(account, month, credit, entries)
	VALUES (NEW.credit, substr(NEW.date, 1, 7), NEW.amount, 1)
	ON CONFLICT (account, month) DO UPDATE
	SET credit = credit + excluded.credit, entries = entries + 1;
END;

-- The roll in membership-number order (T2 before T10) straight from an index, so a
-- page of the Members list reads its rows instead of sorting the whole roll.
CREATE INDEX member_roll ON member(length(no), no);

-- The oldest open must-visit of a member for a reason (what a visit closes): on the
-- member, the reason and the open state, in the order opened.
DROP INDEX must_visit_member;
CREATE INDEX must_visit_member ON must_visit(member_id, reason, closed_on, opened_on);

-- A month's dues (count and sum) from the index alone.
DROP INDEX dues_month;
CREATE INDEX dues_month ON dues(month, amount);

-- The year's welfare and visits for the report from the index alone (the year's rows,
-- whatever the years before hold).
DROP INDEX welfare_date;
CREATE INDEX welfare_date ON welfare(date, kind, paid_by, cash, goods_value, reverses);
DROP INDEX visit_date;
CREATE INDEX visit_date ON visit(date, reason, member_id);
