-- 013-donation-reversals.sql: a gift or a handover saved wrong is taken back (红字冲销).
--
-- A gift saved with the wrong amount, account or giver, or a handover saved wrong,
-- could not be corrected anywhere: a record of money is never deleted or changed. Each
-- is now reversed instead: a row here, written in the same transaction as the red entry
-- that takes its ledger entry back (ledger_reverse), dated the day of the correction.
-- The gift or handover stays in its own table, unchanged, and on screen marked as
-- reversed; it no longer counts in the drive's gifts, totals, what it holds or the
-- year's figures (core/donation.c). A gift or handover is reversed once. Written so
-- that running it again on a file that has it (a book whose version was set back) does
-- nothing.
CREATE TABLE IF NOT EXISTS donation_reversal (
	donation_id INTEGER PRIMARY KEY REFERENCES donation(id),
	date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	entry_id    INTEGER REFERENCES ledger_entry(id)   -- the red entry
);
CREATE TABLE IF NOT EXISTS handover_reversal (
	handover_id INTEGER PRIMARY KEY REFERENCES handover(id),
	date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	entry_id    INTEGER REFERENCES ledger_entry(id)
);

-- A closed month is not written: the reversal is dated in an open one. The gift or
-- handover it takes back may be of a closed month: its own entry stays there, and the
-- red entry goes in the open month, as every correction of the books does.
CREATE TRIGGER IF NOT EXISTS closed_donation_reversal_insert BEFORE INSERT ON donation_reversal
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER IF NOT EXISTS closed_donation_reversal_update BEFORE UPDATE ON donation_reversal
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month IN (substr(OLD.date, 1, 7),
                                                        substr(NEW.date, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER IF NOT EXISTS closed_donation_reversal_delete BEFORE DELETE ON donation_reversal
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(OLD.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER IF NOT EXISTS closed_handover_reversal_insert BEFORE INSERT ON handover_reversal
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER IF NOT EXISTS closed_handover_reversal_update BEFORE UPDATE ON handover_reversal
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month IN (substr(OLD.date, 1, 7),
                                                        substr(NEW.date, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER IF NOT EXISTS closed_handover_reversal_delete BEFORE DELETE ON handover_reversal
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(OLD.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;

INSERT OR IGNORE INTO audit_layout(tbl, columns) VALUES
	('donation_reversal', '["donation_id","date","entry_id"]'),
	('handover_reversal', '["handover_id","date","entry_id"]');
CREATE TRIGGER IF NOT EXISTS audit_donation_reversal_insert AFTER INSERT ON donation_reversal BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER),
	        (SELECT id FROM audit_layout WHERE tbl = 'donation_reversal'), NEW.donation_id,
	        1, json_array(NEW.donation_id, NEW.date, NEW.entry_id));
END;
CREATE TRIGGER IF NOT EXISTS audit_donation_reversal_delete AFTER DELETE ON donation_reversal BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER),
	        (SELECT id FROM audit_layout WHERE tbl = 'donation_reversal'), OLD.donation_id,
	        3, json_array(OLD.donation_id, OLD.date, OLD.entry_id));
END;
CREATE TRIGGER IF NOT EXISTS audit_handover_reversal_insert AFTER INSERT ON handover_reversal BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER),
	        (SELECT id FROM audit_layout WHERE tbl = 'handover_reversal'), NEW.handover_id,
	        1, json_array(NEW.handover_id, NEW.date, NEW.entry_id));
END;
CREATE TRIGGER IF NOT EXISTS audit_handover_reversal_delete AFTER DELETE ON handover_reversal BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER),
	        (SELECT id FROM audit_layout WHERE tbl = 'handover_reversal'), OLD.handover_id,
	        3, json_array(OLD.handover_id, OLD.date, OLD.entry_id));
END;
