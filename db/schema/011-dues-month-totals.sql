-- 011-dues-month-totals.sql: the year's dues and the roll for the report, flat in the
-- size of the school.
--
-- dues_month_total holds, for every month paid for, how many dues rows there are and
-- their sum, kept by the triggers below in the same transaction as the row, as
-- ledger_month (003) is for the books: the report's "dues collected" reads twelve rows
-- instead of every payment of the year (240,000 at 20,000 members: 31 of the report's
-- 100 ms). Derived data, no audit rows; core/dues.c's dues_total_check compares it with
-- a full recomputation (gonghui check runs it). Written so that running it again on a
-- file that has it (a book whose version was set back) computes the totals afresh.
CREATE TABLE IF NOT EXISTS dues_month_total (
	month  TEXT PRIMARY KEY,
	rows   INTEGER NOT NULL DEFAULT 0,
	amount INTEGER NOT NULL DEFAULT 0   -- fen
) WITHOUT ROWID;

DELETE FROM dues_month_total;
INSERT INTO dues_month_total(month, rows, amount)
SELECT month, count(*), sum(amount) FROM dues GROUP BY month;

CREATE TRIGGER IF NOT EXISTS dues_month_total_insert AFTER INSERT ON dues BEGIN
	INSERT INTO dues_month_total(month, rows, amount) VALUES (NEW.month, 1, NEW.amount)
	ON CONFLICT (month) DO UPDATE SET rows = rows + 1, amount = amount + excluded.amount;
END;
CREATE TRIGGER IF NOT EXISTS dues_month_total_delete AFTER DELETE ON dues BEGIN
	UPDATE dues_month_total SET rows = rows - 1, amount = amount - OLD.amount
	 WHERE month = OLD.month;
END;
CREATE TRIGGER IF NOT EXISTS dues_month_total_update AFTER UPDATE OF month, amount ON dues BEGIN
	UPDATE dues_month_total SET rows = rows - 1, amount = amount - OLD.amount
	 WHERE month = OLD.month;
	INSERT INTO dues_month_total(month, rows, amount) VALUES (NEW.month, 1, NEW.amount)
	ON CONFLICT (month) DO UPDATE SET rows = rows + 1, amount = amount + excluded.amount;
END;

-- The report's pass over the roll reads these columns of every member: from an index
-- that holds only them, a fraction of the table's pages (names, phones and notes stay
-- behind).
CREATE INDEX IF NOT EXISTS member_report ON member(status, status_date, join_date, gender, wage_base);
