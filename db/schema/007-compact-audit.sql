-- 007-compact-audit.sql: the audit log keeps what it kept in less than half the room.
--
-- It was 64 % of the file: every row wrote the time as text, the table and the action
-- as words, and old and new values as JSON objects that repeat every column's name.
-- Now a row holds the time as a number (local time in seconds: datetime(at,
-- 'unixepoch') gives back the text), the action as 1 insert, 2 update, 3 delete, and
-- the values as JSON arrays in the order of its layout: the table and the names of its
-- columns, stored once in audit_layout (a table whose columns change gets a new
-- layout; old rows keep theirs). The view audit_log shows the rows as they were
-- (id, at, tbl, row_id, action, old, new with JSON objects), and an insert into it (as
-- a later migration's audit triggers may write) is stored in the compact form.
CREATE TABLE audit_layout (
	id      INTEGER PRIMARY KEY,
	tbl     TEXT NOT NULL,
	columns TEXT NOT NULL,   -- JSON array of the column names, in the values' order
	UNIQUE (tbl, columns)
);
INSERT INTO audit_layout(id, tbl, columns) VALUES
	(1, 'setting', '["key","value"]'),
	(2, 'member', '["no","name","gender","birth_date","join_date","status","status_date","kind","grp","phone","wage_base","hardship","model_worker","note"]'),
	(3, 'account', '["code","name","type","parent"]'),
	(4, 'closed_month', '["month","closed_at"]'),
	(5, 'ledger_entry', '["date","voucher","debit","credit","amount","description","source","reverses"]'),
	(6, 'dues', '["member_id","month","amount","paid_on","entry_id"]'),
	(7, 'welfare', '["date","member_id","kind","cash","goods","goods_value","paid_by","entry_id","note","reverses"]'),
	(8, 'visit', '["date","member_id","reason","visitors","place","welfare_id","note"]'),
	(9, 'must_visit', '["member_id","reason","opened_on","welfare_id","visit_id","closed_on","note"]'),
	(10, 'event', '["code","name","kind","start_date","end_date","place","capacity","deadline","fee","budget","note"]'),
	(11, 'signup', '["event_id","member_id","family","status","result","seq"]'),
	(12, 'drive', '["name","date","cause"]'),
	(13, 'donation', '["drive_id","date","member_id","donor","amount","note","entry_id"]'),
	(14, 'welfare_cap', '["kind","amount","no_cash"]'),
	(15, 'handover', '["drive_id","date","recipient","amount","note","entry_id"]'),
	(16, 'congress', '["name","date","note"]'),
	(17, 'congress_delegate', '["congress_id","member_id"]'),
	(18, 'proposal', '["date","member_id","title","status","answer","answered_on","congress_id"]');
INSERT OR IGNORE INTO audit_layout(tbl, columns)
SELECT DISTINCT tbl, (SELECT json_group_array(key) FROM json_each(coalesce(new, old)))
  FROM audit_log;

CREATE TABLE audit (
	id     INTEGER PRIMARY KEY,
	at     INTEGER NOT NULL,   -- local time in seconds: datetime(at, 'unixepoch')
	layout INTEGER NOT NULL,   -- audit_layout.id
	row_id INTEGER NOT NULL,
	action INTEGER NOT NULL CHECK (action IN (1, 2, 3)),   -- insert, update, delete
	old    TEXT,               -- JSON array of the values before, in the layout's order
	new    TEXT                -- and after
);
INSERT INTO audit(id, at, layout, row_id, action, old, new)
SELECT a.id, CAST(strftime('%s', a.at) AS INTEGER), l.id, a.row_id,
       CASE a.action WHEN 'insert' THEN 1 WHEN 'update' THEN 2 ELSE 3 END,
       CASE WHEN a.old IS NOT NULL THEN (SELECT json_group_array(value) FROM json_each(a.old)) END,
       CASE WHEN a.new IS NOT NULL THEN (SELECT json_group_array(value) FROM json_each(a.new)) END
  FROM audit_log a
  JOIN audit_layout l ON l.tbl = a.tbl
   AND l.columns = (SELECT json_group_array(key) FROM json_each(coalesce(a.new, a.old)));

DROP TRIGGER audit_setting_insert;
DROP TRIGGER audit_setting_update;
DROP TRIGGER audit_setting_delete;
DROP TRIGGER audit_member_insert;
DROP TRIGGER audit_member_update;
DROP TRIGGER audit_member_delete;
DROP TRIGGER audit_account_insert;
DROP TRIGGER audit_account_update;
DROP TRIGGER audit_account_delete;
DROP TRIGGER audit_closed_month_insert;
DROP TRIGGER audit_closed_month_update;
DROP TRIGGER audit_closed_month_delete;
DROP TRIGGER audit_ledger_entry_insert;
DROP TRIGGER audit_ledger_entry_update;
DROP TRIGGER audit_ledger_entry_delete;
DROP TRIGGER audit_dues_insert;
DROP TRIGGER audit_dues_update;
DROP TRIGGER audit_dues_delete;
DROP TRIGGER audit_welfare_insert;
DROP TRIGGER audit_welfare_update;
DROP TRIGGER audit_welfare_delete;
DROP TRIGGER audit_visit_insert;
DROP TRIGGER audit_visit_update;
DROP TRIGGER audit_visit_delete;
DROP TRIGGER audit_must_visit_insert;
DROP TRIGGER audit_must_visit_update;
DROP TRIGGER audit_must_visit_delete;
DROP TRIGGER audit_event_insert;
DROP TRIGGER audit_event_update;
DROP TRIGGER audit_event_delete;
DROP TRIGGER audit_signup_insert;
DROP TRIGGER audit_signup_update;
DROP TRIGGER audit_signup_delete;
DROP TRIGGER audit_drive_insert;
DROP TRIGGER audit_drive_update;
DROP TRIGGER audit_drive_delete;
DROP TRIGGER audit_donation_insert;
DROP TRIGGER audit_donation_update;
DROP TRIGGER audit_donation_delete;
DROP TRIGGER audit_welfare_cap_insert;
DROP TRIGGER audit_welfare_cap_update;
DROP TRIGGER audit_welfare_cap_delete;
DROP TRIGGER audit_handover_insert;
DROP TRIGGER audit_handover_update;
DROP TRIGGER audit_handover_delete;
DROP TRIGGER audit_congress_insert;
DROP TRIGGER audit_congress_update;
DROP TRIGGER audit_congress_delete;
DROP TRIGGER audit_congress_delegate_insert;
DROP TRIGGER audit_congress_delegate_delete;
DROP TRIGGER audit_proposal_insert;
DROP TRIGGER audit_proposal_update;
DROP TRIGGER audit_proposal_delete;
DROP INDEX audit_row;
DROP TABLE audit_log;
CREATE INDEX audit_row ON audit(layout, row_id);

CREATE VIEW audit_log(id, at, tbl, row_id, action, old, new) AS
SELECT a.id, datetime(a.at, 'unixepoch'), l.tbl, a.row_id,
       CASE a.action WHEN 1 THEN 'insert' WHEN 2 THEN 'update' ELSE 'delete' END,
       CASE WHEN a.old IS NOT NULL THEN
            (SELECT json_group_object(k.value, v.value)
               FROM json_each(l.columns) k JOIN json_each(a.old) v ON v.key = k.key) END,
       CASE WHEN a.new IS NOT NULL THEN
            (SELECT json_group_object(k.value, v.value)
               FROM json_each(l.columns) k JOIN json_each(a.new) v ON v.key = k.key) END
  FROM audit a JOIN audit_layout l ON l.id = a.layout;

CREATE TRIGGER audit_log_insert INSTEAD OF INSERT ON audit_log BEGIN
	INSERT OR IGNORE INTO audit_layout(tbl, columns)
	VALUES (NEW.tbl, (SELECT json_group_array(key) FROM json_each(coalesce(NEW.new, NEW.old))));
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (coalesce(CAST(strftime('%s', NEW.at) AS INTEGER),
	                 CAST(strftime('%s', 'now', 'localtime') AS INTEGER)),
	        (SELECT id FROM audit_layout WHERE tbl = NEW.tbl AND columns =
	                (SELECT json_group_array(key) FROM json_each(coalesce(NEW.new, NEW.old)))),
	        NEW.row_id,
	        CASE NEW.action WHEN 'insert' THEN 1 WHEN 'update' THEN 2 WHEN 'delete' THEN 3 END,
	        CASE WHEN NEW.old IS NOT NULL THEN (SELECT json_group_array(value) FROM json_each(NEW.old)) END,
	        CASE WHEN NEW.new IS NOT NULL THEN (SELECT json_group_array(value) FROM json_each(NEW.new)) END);
END;

-- Every record's triggers, as before, writing the compact rows directly.
CREATE TRIGGER audit_setting_insert AFTER INSERT ON setting BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 1, NEW.rowid, 1,
	        json_array(NEW.key, NEW.value));
END;
CREATE TRIGGER audit_setting_update AFTER UPDATE ON setting BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 1, NEW.rowid, 2,
	        json_array(OLD.key, OLD.value), json_array(NEW.key, NEW.value));
END;
CREATE TRIGGER audit_setting_delete AFTER DELETE ON setting BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 1, OLD.rowid, 3,
	        json_array(OLD.key, OLD.value));
END;
CREATE TRIGGER audit_member_insert AFTER INSERT ON member BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 2, NEW.id, 1,
	        json_array(NEW.no, NEW.name, NEW.gender, NEW.birth_date, NEW.join_date, NEW.status, NEW.status_date, NEW.kind, NEW.grp, NEW.phone, NEW.wage_base, NEW.hardship, NEW.model_worker, NEW.note));
END;
CREATE TRIGGER audit_member_update AFTER UPDATE ON member BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 2, NEW.id, 2,
	        json_array(OLD.no, OLD.name, OLD.gender, OLD.birth_date, OLD.join_date, OLD.status, OLD.status_date, OLD.kind, OLD.grp, OLD.phone, OLD.wage_base, OLD.hardship, OLD.model_worker, OLD.note), json_array(NEW.no, NEW.name, NEW.gender, NEW.birth_date, NEW.join_date, NEW.status, NEW.status_date, NEW.kind, NEW.grp, NEW.phone, NEW.wage_base, NEW.hardship, NEW.model_worker, NEW.note));
END;
CREATE TRIGGER audit_member_delete AFTER DELETE ON member BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 2, OLD.id, 3,
	        json_array(OLD.no, OLD.name, OLD.gender, OLD.birth_date, OLD.join_date, OLD.status, OLD.status_date, OLD.kind, OLD.grp, OLD.phone, OLD.wage_base, OLD.hardship, OLD.model_worker, OLD.note));
END;
CREATE TRIGGER audit_account_insert AFTER INSERT ON account BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 3, NEW.rowid, 1,
	        json_array(NEW.code, NEW.name, NEW.type, NEW.parent));
END;
CREATE TRIGGER audit_account_update AFTER UPDATE ON account BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 3, NEW.rowid, 2,
	        json_array(OLD.code, OLD.name, OLD.type, OLD.parent), json_array(NEW.code, NEW.name, NEW.type, NEW.parent));
END;
CREATE TRIGGER audit_account_delete AFTER DELETE ON account BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 3, OLD.rowid, 3,
	        json_array(OLD.code, OLD.name, OLD.type, OLD.parent));
END;
CREATE TRIGGER audit_closed_month_insert AFTER INSERT ON closed_month BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 4, NEW.rowid, 1,
	        json_array(NEW.month, NEW.closed_at));
END;
CREATE TRIGGER audit_closed_month_update AFTER UPDATE ON closed_month BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 4, NEW.rowid, 2,
	        json_array(OLD.month, OLD.closed_at), json_array(NEW.month, NEW.closed_at));
END;
CREATE TRIGGER audit_closed_month_delete AFTER DELETE ON closed_month BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 4, OLD.rowid, 3,
	        json_array(OLD.month, OLD.closed_at));
END;
CREATE TRIGGER audit_ledger_entry_insert AFTER INSERT ON ledger_entry BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 5, NEW.id, 1,
	        json_array(NEW.date, NEW.voucher, NEW.debit, NEW.credit, NEW.amount, NEW.description, NEW.source, NEW.reverses));
END;
CREATE TRIGGER audit_ledger_entry_update AFTER UPDATE ON ledger_entry BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 5, NEW.id, 2,
	        json_array(OLD.date, OLD.voucher, OLD.debit, OLD.credit, OLD.amount, OLD.description, OLD.source, OLD.reverses), json_array(NEW.date, NEW.voucher, NEW.debit, NEW.credit, NEW.amount, NEW.description, NEW.source, NEW.reverses));
END;
CREATE TRIGGER audit_ledger_entry_delete AFTER DELETE ON ledger_entry BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 5, OLD.id, 3,
	        json_array(OLD.date, OLD.voucher, OLD.debit, OLD.credit, OLD.amount, OLD.description, OLD.source, OLD.reverses));
END;
CREATE TRIGGER audit_dues_insert AFTER INSERT ON dues BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 6, NEW.id, 1,
	        json_array(NEW.member_id, NEW.month, NEW.amount, NEW.paid_on, NEW.entry_id));
END;
CREATE TRIGGER audit_dues_update AFTER UPDATE ON dues BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 6, NEW.id, 2,
	        json_array(OLD.member_id, OLD.month, OLD.amount, OLD.paid_on, OLD.entry_id), json_array(NEW.member_id, NEW.month, NEW.amount, NEW.paid_on, NEW.entry_id));
END;
CREATE TRIGGER audit_dues_delete AFTER DELETE ON dues BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 6, OLD.id, 3,
	        json_array(OLD.member_id, OLD.month, OLD.amount, OLD.paid_on, OLD.entry_id));
END;
CREATE TRIGGER audit_welfare_insert AFTER INSERT ON welfare BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 7, NEW.id, 1,
	        json_array(NEW.date, NEW.member_id, NEW.kind, NEW.cash, NEW.goods, NEW.goods_value, NEW.paid_by, NEW.entry_id, NEW.note, NEW.reverses));
END;
CREATE TRIGGER audit_welfare_update AFTER UPDATE ON welfare BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 7, NEW.id, 2,
	        json_array(OLD.date, OLD.member_id, OLD.kind, OLD.cash, OLD.goods, OLD.goods_value, OLD.paid_by, OLD.entry_id, OLD.note, OLD.reverses), json_array(NEW.date, NEW.member_id, NEW.kind, NEW.cash, NEW.goods, NEW.goods_value, NEW.paid_by, NEW.entry_id, NEW.note, NEW.reverses));
END;
CREATE TRIGGER audit_welfare_delete AFTER DELETE ON welfare BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 7, OLD.id, 3,
	        json_array(OLD.date, OLD.member_id, OLD.kind, OLD.cash, OLD.goods, OLD.goods_value, OLD.paid_by, OLD.entry_id, OLD.note, OLD.reverses));
END;
CREATE TRIGGER audit_visit_insert AFTER INSERT ON visit BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 8, NEW.id, 1,
	        json_array(NEW.date, NEW.member_id, NEW.reason, NEW.visitors, NEW.place, NEW.welfare_id, NEW.note));
END;
CREATE TRIGGER audit_visit_update AFTER UPDATE ON visit BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 8, NEW.id, 2,
	        json_array(OLD.date, OLD.member_id, OLD.reason, OLD.visitors, OLD.place, OLD.welfare_id, OLD.note), json_array(NEW.date, NEW.member_id, NEW.reason, NEW.visitors, NEW.place, NEW.welfare_id, NEW.note));
END;
CREATE TRIGGER audit_visit_delete AFTER DELETE ON visit BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 8, OLD.id, 3,
	        json_array(OLD.date, OLD.member_id, OLD.reason, OLD.visitors, OLD.place, OLD.welfare_id, OLD.note));
END;
CREATE TRIGGER audit_must_visit_insert AFTER INSERT ON must_visit BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 9, NEW.id, 1,
	        json_array(NEW.member_id, NEW.reason, NEW.opened_on, NEW.welfare_id, NEW.visit_id, NEW.closed_on, NEW.note));
END;
CREATE TRIGGER audit_must_visit_update AFTER UPDATE ON must_visit BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 9, NEW.id, 2,
	        json_array(OLD.member_id, OLD.reason, OLD.opened_on, OLD.welfare_id, OLD.visit_id, OLD.closed_on, OLD.note), json_array(NEW.member_id, NEW.reason, NEW.opened_on, NEW.welfare_id, NEW.visit_id, NEW.closed_on, NEW.note));
END;
CREATE TRIGGER audit_must_visit_delete AFTER DELETE ON must_visit BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 9, OLD.id, 3,
	        json_array(OLD.member_id, OLD.reason, OLD.opened_on, OLD.welfare_id, OLD.visit_id, OLD.closed_on, OLD.note));
END;
CREATE TRIGGER audit_event_insert AFTER INSERT ON event BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 10, NEW.id, 1,
	        json_array(NEW.code, NEW.name, NEW.kind, NEW.start_date, NEW.end_date, NEW.place, NEW.capacity, NEW.deadline, NEW.fee, NEW.budget, NEW.note));
END;
CREATE TRIGGER audit_event_update AFTER UPDATE ON event BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 10, NEW.id, 2,
	        json_array(OLD.code, OLD.name, OLD.kind, OLD.start_date, OLD.end_date, OLD.place, OLD.capacity, OLD.deadline, OLD.fee, OLD.budget, OLD.note), json_array(NEW.code, NEW.name, NEW.kind, NEW.start_date, NEW.end_date, NEW.place, NEW.capacity, NEW.deadline, NEW.fee, NEW.budget, NEW.note));
END;
CREATE TRIGGER audit_event_delete AFTER DELETE ON event BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 10, OLD.id, 3,
	        json_array(OLD.code, OLD.name, OLD.kind, OLD.start_date, OLD.end_date, OLD.place, OLD.capacity, OLD.deadline, OLD.fee, OLD.budget, OLD.note));
END;
CREATE TRIGGER audit_signup_insert AFTER INSERT ON signup BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 11, NEW.id, 1,
	        json_array(NEW.event_id, NEW.member_id, NEW.family, NEW.status, NEW.result, NEW.seq));
END;
CREATE TRIGGER audit_signup_update AFTER UPDATE ON signup BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 11, NEW.id, 2,
	        json_array(OLD.event_id, OLD.member_id, OLD.family, OLD.status, OLD.result, OLD.seq), json_array(NEW.event_id, NEW.member_id, NEW.family, NEW.status, NEW.result, NEW.seq));
END;
CREATE TRIGGER audit_signup_delete AFTER DELETE ON signup BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 11, OLD.id, 3,
	        json_array(OLD.event_id, OLD.member_id, OLD.family, OLD.status, OLD.result, OLD.seq));
END;
CREATE TRIGGER audit_drive_insert AFTER INSERT ON drive BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 12, NEW.id, 1,
	        json_array(NEW.name, NEW.date, NEW.cause));
END;
CREATE TRIGGER audit_drive_update AFTER UPDATE ON drive BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 12, NEW.id, 2,
	        json_array(OLD.name, OLD.date, OLD.cause), json_array(NEW.name, NEW.date, NEW.cause));
END;
CREATE TRIGGER audit_drive_delete AFTER DELETE ON drive BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 12, OLD.id, 3,
	        json_array(OLD.name, OLD.date, OLD.cause));
END;
CREATE TRIGGER audit_donation_insert AFTER INSERT ON donation BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 13, NEW.id, 1,
	        json_array(NEW.drive_id, NEW.date, NEW.member_id, NEW.donor, NEW.amount, NEW.note, NEW.entry_id));
END;
CREATE TRIGGER audit_donation_update AFTER UPDATE ON donation BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 13, NEW.id, 2,
	        json_array(OLD.drive_id, OLD.date, OLD.member_id, OLD.donor, OLD.amount, OLD.note, OLD.entry_id), json_array(NEW.drive_id, NEW.date, NEW.member_id, NEW.donor, NEW.amount, NEW.note, NEW.entry_id));
END;
CREATE TRIGGER audit_donation_delete AFTER DELETE ON donation BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 13, OLD.id, 3,
	        json_array(OLD.drive_id, OLD.date, OLD.member_id, OLD.donor, OLD.amount, OLD.note, OLD.entry_id));
END;
CREATE TRIGGER audit_welfare_cap_insert AFTER INSERT ON welfare_cap BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 14, NEW.rowid, 1,
	        json_array(NEW.kind, NEW.amount, NEW.no_cash));
END;
CREATE TRIGGER audit_welfare_cap_update AFTER UPDATE ON welfare_cap BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 14, NEW.rowid, 2,
	        json_array(OLD.kind, OLD.amount, OLD.no_cash), json_array(NEW.kind, NEW.amount, NEW.no_cash));
END;
CREATE TRIGGER audit_welfare_cap_delete AFTER DELETE ON welfare_cap BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 14, OLD.rowid, 3,
	        json_array(OLD.kind, OLD.amount, OLD.no_cash));
END;
CREATE TRIGGER audit_handover_insert AFTER INSERT ON handover BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 15, NEW.id, 1,
	        json_array(NEW.drive_id, NEW.date, NEW.recipient, NEW.amount, NEW.note, NEW.entry_id));
END;
CREATE TRIGGER audit_handover_update AFTER UPDATE ON handover BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 15, NEW.id, 2,
	        json_array(OLD.drive_id, OLD.date, OLD.recipient, OLD.amount, OLD.note, OLD.entry_id), json_array(NEW.drive_id, NEW.date, NEW.recipient, NEW.amount, NEW.note, NEW.entry_id));
END;
CREATE TRIGGER audit_handover_delete AFTER DELETE ON handover BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 15, OLD.id, 3,
	        json_array(OLD.drive_id, OLD.date, OLD.recipient, OLD.amount, OLD.note, OLD.entry_id));
END;
CREATE TRIGGER audit_congress_insert AFTER INSERT ON congress BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 16, NEW.id, 1,
	        json_array(NEW.name, NEW.date, NEW.note));
END;
CREATE TRIGGER audit_congress_update AFTER UPDATE ON congress BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 16, NEW.id, 2,
	        json_array(OLD.name, OLD.date, OLD.note), json_array(NEW.name, NEW.date, NEW.note));
END;
CREATE TRIGGER audit_congress_delete AFTER DELETE ON congress BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 16, OLD.id, 3,
	        json_array(OLD.name, OLD.date, OLD.note));
END;
CREATE TRIGGER audit_congress_delegate_insert AFTER INSERT ON congress_delegate BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 17, NEW.rowid, 1,
	        json_array(NEW.congress_id, NEW.member_id));
END;
CREATE TRIGGER audit_congress_delegate_delete AFTER DELETE ON congress_delegate BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 17, OLD.rowid, 3,
	        json_array(OLD.congress_id, OLD.member_id));
END;
CREATE TRIGGER audit_proposal_insert AFTER INSERT ON proposal BEGIN
	INSERT INTO audit(at, layout, row_id, action, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 18, NEW.id, 1,
	        json_array(NEW.date, NEW.member_id, NEW.title, NEW.status, NEW.answer, NEW.answered_on, NEW.congress_id));
END;
CREATE TRIGGER audit_proposal_update AFTER UPDATE ON proposal BEGIN
	INSERT INTO audit(at, layout, row_id, action, old, new)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 18, NEW.id, 2,
	        json_array(OLD.date, OLD.member_id, OLD.title, OLD.status, OLD.answer, OLD.answered_on, OLD.congress_id), json_array(NEW.date, NEW.member_id, NEW.title, NEW.status, NEW.answer, NEW.answered_on, NEW.congress_id));
END;
CREATE TRIGGER audit_proposal_delete AFTER DELETE ON proposal BEGIN
	INSERT INTO audit(at, layout, row_id, action, old)
	VALUES (CAST(strftime('%s', 'now', 'localtime') AS INTEGER), 18, OLD.id, 3,
	        json_array(OLD.date, OLD.member_id, OLD.title, OLD.status, OLD.answer, OLD.answered_on, OLD.congress_id));
END;
