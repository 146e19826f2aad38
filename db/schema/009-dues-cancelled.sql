-- 009-dues-cancelled.sql: a payment of dues cancelled after saving is remembered.
--
-- Cancelling a payment (the Dues screen's x) deletes its dues row and posts a correcting
-- entry; the payment itself was then only in the entry of the day it was saved with
-- the others. An export could not say it had been paid and taken back, so a round trip
-- posted the day's entry without it and no correction: the same balances, one entry
-- fewer. Each cancelled payment is now kept here, written in the same transaction as
-- the deletion and the correction, and exported with the day it was cancelled.
CREATE TABLE dues_cancelled (
	id           INTEGER PRIMARY KEY,
	member_id    INTEGER NOT NULL REFERENCES member(id),
	month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
	                                  AND substr(month, 6, 2) BETWEEN '01' AND '12'),
	amount       INTEGER NOT NULL CHECK (amount >= 0),
	paid_on      TEXT NOT NULL CHECK (date(paid_on, '+0 days') IS paid_on),
	entry_id     INTEGER REFERENCES ledger_entry(id),   -- the entry it was paid in
	cancelled_on TEXT NOT NULL CHECK (date(cancelled_on, '+0 days') IS cancelled_on
	                                  AND cancelled_on >= paid_on),
	cancel_entry_id INTEGER REFERENCES ledger_entry(id)   -- the correction (none for 0.00)
);
CREATE INDEX dues_cancelled_month ON dues_cancelled(month);

INSERT INTO audit_layout(tbl, columns) VALUES ('dues_cancelled',
	'["member_id","month","amount","paid_on","entry_id","cancelled_on","cancel_entry_id"]');
CREATE TRIGGER audit_dues_cancelled_insert AFTER INSERT ON dues_cancelled BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER),
	        (SELECT id FROM audit_layout WHERE tbl = 'dues_cancelled'), NEW.id, 1,
	        json_array(NEW.member_id, NEW.month, NEW.amount, NEW.paid_on, NEW.entry_id,
	                   NEW.cancelled_on, NEW.cancel_entry_id));
END;
CREATE TRIGGER audit_dues_cancelled_delete AFTER DELETE ON dues_cancelled BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER),
	        (SELECT id FROM audit_layout WHERE tbl = 'dues_cancelled'), OLD.id, 3,
	        json_array(OLD.member_id, OLD.month, OLD.amount, OLD.paid_on, OLD.entry_id,
	                   OLD.cancelled_on, OLD.cancel_entry_id));
END;
