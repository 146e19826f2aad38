-- 004-caps-handovers-congress.sql: the union's year beyond dues and visits.
--
--   welfare_cap        the limits a union keeps to on welfare per member per year, by
--                      kind (a province's rules, e.g. Anhui: festival gifts at most 2,200
--                      yuan a year, no cash or shopping cards for them); core/cap.c.
--   handover           money of a donation drive handed over to the person it was
--                      collected for: an entry out of 231 代管经费; core/donation.c.
--   congress           sessions of the staff congress (届次: 六届五次教代会) with their
--                      date and delegates; a proposal may belong to one; core/proposal.c.
--   indexes            for the first screen: visits of one member by date, birthdays by
--                      month and day (an index on the expression, so no scan).

CREATE TABLE welfare_cap (
	kind    TEXT PRIMARY KEY CHECK (kind IN ('illness', 'hospital', 'wedding', 'bereavement',
	        'childbirth', 'retirement', 'hardship', 'holiday', 'birthday', 'longevity',
	        'elderly_day', 'model_worker', 'disaster', 'other')),
	amount  INTEGER CHECK (amount IS NULL OR amount >= 0),   -- fen per member per year; NULL: no limit
	no_cash INTEGER NOT NULL DEFAULT 0 CHECK (no_cash IN (0, 1))   -- goods only: no cash, no shopping cards
);

CREATE TABLE handover (
	id        INTEGER PRIMARY KEY,
	drive_id  INTEGER NOT NULL REFERENCES drive(id),
	date      TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	recipient TEXT NOT NULL CHECK (length(recipient) >= 1),
	amount    INTEGER NOT NULL CHECK (amount > 0),
	note      TEXT NOT NULL DEFAULT '',
	entry_id  INTEGER REFERENCES ledger_entry(id)
);
CREATE INDEX handover_drive ON handover(drive_id);

CREATE TABLE congress (
	id    INTEGER PRIMARY KEY,
	name  TEXT NOT NULL UNIQUE CHECK (length(name) >= 1),   -- 六届五次教代会
	date  TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	note  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE congress_delegate (
	congress_id INTEGER NOT NULL REFERENCES congress(id),
	member_id   INTEGER NOT NULL REFERENCES member(id),
	PRIMARY KEY (congress_id, member_id)
);
ALTER TABLE proposal ADD COLUMN congress_id INTEGER REFERENCES congress(id);
CREATE INDEX proposal_congress ON proposal(congress_id);

CREATE INDEX visit_member_date ON visit(member_id, date);
CREATE INDEX member_birthday ON member(substr(birth_date, 6, 5));

-- Audit (as in 001): the new tables, and proposal again with its new column.
CREATE TRIGGER audit_welfare_cap_insert AFTER INSERT ON welfare_cap BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('welfare_cap', NEW.rowid, 'insert', json_object('kind', NEW.kind, 'amount', NEW.amount, 'no_cash', NEW.no_cash));
END;
CREATE TRIGGER audit_welfare_cap_update AFTER UPDATE ON welfare_cap BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('welfare_cap', NEW.rowid, 'update', json_object('kind', OLD.kind, 'amount', OLD.amount, 'no_cash', OLD.no_cash),
	        json_object('kind', NEW.kind, 'amount', NEW.amount, 'no_cash', NEW.no_cash));
END;
CREATE TRIGGER audit_welfare_cap_delete AFTER DELETE ON welfare_cap BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('welfare_cap', OLD.rowid, 'delete', json_object('kind', OLD.kind, 'amount', OLD.amount, 'no_cash', OLD.no_cash));
END;
CREATE TRIGGER audit_handover_insert AFTER INSERT ON handover BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('handover', NEW.id, 'insert', json_object('drive_id', NEW.drive_id, 'date', NEW.date, 'recipient', NEW.recipient, 'amount', NEW.amount, 'note', NEW.note, 'entry_id', NEW.entry_id));
END;
CREATE TRIGGER audit_handover_update AFTER UPDATE ON handover BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('handover', NEW.id, 'update', json_object('drive_id', OLD.drive_id, 'date', OLD.date, 'recipient', OLD.recipient, 'amount', OLD.amount, 'note', OLD.note, 'entry_id', OLD.entry_id),
	        json_object('drive_id', NEW.drive_id, 'date', NEW.date, 'recipient', NEW.recipient, 'amount', NEW.amount, 'note', NEW.note, 'entry_id', NEW.entry_id));
END;
CREATE TRIGGER audit_handover_delete AFTER DELETE ON handover BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('handover', OLD.id, 'delete', json_object('drive_id', OLD.drive_id, 'date', OLD.date, 'recipient', OLD.recipient, 'amount', OLD.amount, 'note', OLD.note, 'entry_id', OLD.entry_id));
END;
CREATE TRIGGER audit_congress_insert AFTER INSERT ON congress BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('congress', NEW.id, 'insert', json_object('name', NEW.name, 'date', NEW.date, 'note', NEW.note));
END;
CREATE TRIGGER audit_congress_update AFTER UPDATE ON congress BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('congress', NEW.id, 'update', json_object('name', OLD.name, 'date', OLD.date, 'note', OLD.note),
	        json_object('name', NEW.name, 'date', NEW.date, 'note', NEW.note));
END;
CREATE TRIGGER audit_congress_delete AFTER DELETE ON congress BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('congress', OLD.id, 'delete', json_object('name', OLD.name, 'date', OLD.date, 'note', OLD.note));
END;
CREATE TRIGGER audit_congress_delegate_insert AFTER INSERT ON congress_delegate BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('congress_delegate', NEW.rowid, 'insert', json_object('congress_id', NEW.congress_id, 'member_id', NEW.member_id));
END;
CREATE TRIGGER audit_congress_delegate_delete AFTER DELETE ON congress_delegate BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('congress_delegate', OLD.rowid, 'delete', json_object('congress_id', OLD.congress_id, 'member_id', OLD.member_id));
END;
DROP TRIGGER audit_proposal_insert;
DROP TRIGGER audit_proposal_update;
DROP TRIGGER audit_proposal_delete;
CREATE TRIGGER audit_proposal_insert AFTER INSERT ON proposal BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('proposal', NEW.id, 'insert', json_object('date', NEW.date, 'member_id', NEW.member_id, 'title', NEW.title, 'status', NEW.status, 'answer', NEW.answer, 'answered_on', NEW.answered_on, 'congress_id', NEW.congress_id));
END;
CREATE TRIGGER audit_proposal_update AFTER UPDATE ON proposal BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('proposal', NEW.id, 'update', json_object('date', OLD.date, 'member_id', OLD.member_id, 'title', OLD.title, 'status', OLD.status, 'answer', OLD.answer, 'answered_on', OLD.answered_on, 'congress_id', OLD.congress_id),
	        json_object('date', NEW.date, 'member_id', NEW.member_id, 'title', NEW.title, 'status', NEW.status, 'answer', NEW.answer, 'answered_on', NEW.answered_on, 'congress_id', NEW.congress_id));
END;
CREATE TRIGGER audit_proposal_delete AFTER DELETE ON proposal BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('proposal', OLD.id, 'delete', json_object('date', OLD.date, 'member_id', OLD.member_id, 'title', OLD.title, 'status', OLD.status, 'answer', OLD.answer, 'answered_on', OLD.answered_on, 'congress_id', OLD.congress_id));
END;

-- A closed month is read-only for a handover too (it carries money).
CREATE TRIGGER closed_handover_insert BEFORE INSERT ON handover
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_handover_update BEFORE UPDATE ON handover
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month IN (substr(OLD.date, 1, 7), substr(NEW.date, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_handover_delete BEFORE DELETE ON handover
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(OLD.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
