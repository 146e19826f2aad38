-- 006-dues-last-paid.sql: the Dues section opens without reading every member's
-- history.
--
-- The month's list shows, for every member on the roll, what they paid that month and
-- how many months they are behind, which needs the last month they paid. Looking that
-- up in the dues index costs a page of it per member (2,000 pages on 2,000 members over
-- 20 years, more than SQLite's page cache holds, so every opening read them again).
-- dues_last keeps each member's latest month paid, written by the triggers below in the
-- transaction that writes the dues row; the month's own rows come from dues_month,
-- which now holds what the list shows, so they are read from a few neighbouring pages.
CREATE TABLE dues_last (
	member_id INTEGER PRIMARY KEY REFERENCES member(id),
	month     TEXT NOT NULL
);
INSERT INTO dues_last(member_id, month)
SELECT member_id, max(month) FROM dues GROUP BY member_id;

CREATE TRIGGER dues_last_insert AFTER INSERT ON dues BEGIN
	INSERT INTO dues_last(member_id, month) VALUES (NEW.member_id, NEW.month)
	ON CONFLICT (member_id) DO UPDATE SET month = excluded.month
	WHERE excluded.month > month;
END;
CREATE TRIGGER dues_last_delete AFTER DELETE ON dues BEGIN
	DELETE FROM dues_last WHERE member_id = OLD.member_id
	   AND NOT EXISTS (SELECT 1 FROM dues WHERE member_id = OLD.member_id);
	UPDATE dues_last SET month = (SELECT max(month) FROM dues WHERE member_id = OLD.member_id)
	 WHERE member_id = OLD.member_id;
END;
CREATE TRIGGER dues_last_update AFTER UPDATE OF member_id, month ON dues BEGIN
	DELETE FROM dues_last WHERE member_id = OLD.member_id
	   AND NOT EXISTS (SELECT 1 FROM dues WHERE member_id = OLD.member_id);
	UPDATE dues_last SET month = (SELECT max(month) FROM dues WHERE member_id = OLD.member_id)
	 WHERE member_id = OLD.member_id;
	INSERT INTO dues_last(member_id, month) VALUES (NEW.member_id, NEW.month)
	ON CONFLICT (member_id) DO UPDATE SET month = excluded.month
	WHERE excluded.month > month;
END;

DROP INDEX dues_month;
CREATE INDEX dues_month ON dues(month, member_id, amount, paid_on);
