-- 001-init.sql: every record a school trade union keeps (doc/design.md "The records").
--
-- Money is INTEGER fen. Dates are ISO text YYYY-MM-DD, months YYYY-MM; CHECKs make sure
-- nothing else gets in. Category columns hold stable English codes; their names on screen
-- come from gettext. Comments here are stripped when the schema is compiled in.
--
-- Two kinds of triggers guard the books whatever code writes to them:
--   * audit_*: every insert, update and delete of a record leaves a row in audit_log
--     with the old and new values as JSON;
--   * closed_*: a row dated in a closed month (closed_month) cannot be inserted,
--     changed or deleted; corrections are reversing entries in an open month.

CREATE TABLE setting (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
INSERT INTO setting(key, value) VALUES
	('dues_mode', 'percent'),        -- percent | fixed
	('dues_rate_permille', '5'),     -- 5 = 0.5% of the wage base
	('dues_fixed', '0'),             -- fen a month when dues_mode = fixed
	('funds_kept_percent', '60');    -- share of the 2% 拨缴经费 the school union keeps

CREATE TABLE member (
	id           INTEGER PRIMARY KEY,
	no           TEXT NOT NULL UNIQUE CHECK (length(no) BETWEEN 1 AND 32),
	name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
	initials     TEXT NOT NULL DEFAULT '',   -- pinyin initials of name, for search
	gender       TEXT CHECK (gender IN ('m', 'f')),
	birth_date   TEXT CHECK (birth_date IS NULL OR date(birth_date, '+0 days') IS birth_date),
	join_date    TEXT CHECK (join_date IS NULL OR date(join_date, '+0 days') IS join_date),
	status       TEXT NOT NULL DEFAULT 'active'
	             CHECK (status IN ('active', 'retired', 'left', 'deceased')),
	status_date  TEXT CHECK (status_date IS NULL OR date(status_date, '+0 days') IS status_date),
	kind         TEXT NOT NULL DEFAULT 'teacher'
	             CHECK (kind IN ('teacher', 'staff', 'substitute')),
	grp          TEXT NOT NULL DEFAULT '',   -- 工会小组
	phone        TEXT NOT NULL DEFAULT '',
	wage_base    INTEGER NOT NULL DEFAULT 0 CHECK (wage_base >= 0),
	hardship     INTEGER NOT NULL DEFAULT 0 CHECK (hardship IN (0, 1)),
	model_worker INTEGER NOT NULL DEFAULT 0 CHECK (model_worker IN (0, 1)),
	note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_status ON member(status, grp);
CREATE INDEX member_join ON member(join_date);
CREATE INDEX member_status_date ON member(status_date);

-- The chart of accounts (《工会会计制度》); a table, so a province's names can replace it.
CREATE TABLE account (
	code   TEXT PRIMARY KEY,
	name   TEXT NOT NULL,
	type   TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'net', 'income', 'expense')),
	parent TEXT REFERENCES account(code)
);
INSERT INTO account(code, name, type, parent) VALUES
	('101',   '库存现金',         'asset',     NULL),
	('102',   '银行存款',         'asset',     NULL),
	('221',   '应付上级经费',     'liability', NULL),
	('231',   '代管经费',         'liability', NULL),
	('301',   '资产基金',         'net',       NULL),
	('302',   '结余',             'net',       NULL),
	('401',   '会费收入',         'income',    NULL),
	('402',   '拨缴经费收入',     'income',    NULL),
	('403',   '上级补助收入',     'income',    NULL),
	('404',   '政府补助收入',     'income',    NULL),
	('405',   '行政补助收入',     'income',    NULL),
	('408',   '其他收入',         'income',    NULL),
	('501',   '职工活动支出',     'expense',   NULL),
	('50101', '职工教育支出',     'expense',   '501'),
	('50102', '文体活动支出',     'expense',   '501'),
	('50103', '宣传活动支出',     'expense',   '501'),
	('50104', '职工集体福利支出', 'expense',   '501'),
	('502',   '维权支出',         'expense',   NULL),
	('50204', '困难职工帮扶费',   'expense',   '502'),
	('50205', '送温暖费',         'expense',   '502'),
	('503',   '业务支出',         'expense',   NULL),
	('505',   '资本性支出',       'expense',   NULL),
	('508',   '其他支出',         'expense',   NULL);

CREATE TABLE closed_month (
	month     TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
	closed_at TEXT NOT NULL
);

-- Double entry in its simplest form: amount moves from credit to debit. A reversal
-- (红字冲销) repeats the accounts with the amount negated and names the entry it reverses.
CREATE TABLE ledger_entry (
	id          INTEGER PRIMARY KEY,
	date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	voucher     TEXT NOT NULL DEFAULT '',
	debit       TEXT NOT NULL REFERENCES account(code),
	credit      TEXT NOT NULL REFERENCES account(code),
	amount      INTEGER NOT NULL CHECK (amount <> 0),
	description TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT 'manual'
	            CHECK (source IN ('manual', 'dues', 'welfare', 'donation', 'event', 'reversal')),
	reverses    INTEGER UNIQUE REFERENCES ledger_entry(id),
	CHECK (debit <> credit),
	CHECK ((amount < 0) = (reverses IS NOT NULL))
);
CREATE INDEX ledger_date ON ledger_entry(date);
CREATE INDEX ledger_debit ON ledger_entry(debit, date);
CREATE INDEX ledger_credit ON ledger_entry(credit, date);

-- One row per member per month that was paid.
CREATE TABLE dues (
	id        INTEGER PRIMARY KEY,
	member_id INTEGER NOT NULL REFERENCES member(id),
	month     TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
	                               AND substr(month, 6, 2) BETWEEN '01' AND '12'),
	amount    INTEGER NOT NULL CHECK (amount >= 0),
	paid_on   TEXT NOT NULL CHECK (date(paid_on, '+0 days') IS paid_on),
	entry_id  INTEGER REFERENCES ledger_entry(id),
	UNIQUE (member_id, month)
);
CREATE INDEX dues_month ON dues(month);

CREATE TABLE welfare (
	id          INTEGER PRIMARY KEY,
	date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	member_id   INTEGER NOT NULL REFERENCES member(id),
	kind        TEXT NOT NULL CHECK (kind IN ('illness', 'hospital', 'wedding', 'bereavement',
	            'childbirth', 'retirement', 'hardship', 'holiday', 'birthday', 'longevity',
	            'elderly_day', 'model_worker', 'disaster', 'other')),
	cash        INTEGER NOT NULL DEFAULT 0 CHECK (cash >= 0),
	goods       TEXT NOT NULL DEFAULT '',
	goods_value INTEGER NOT NULL DEFAULT 0 CHECK (goods_value >= 0),
	paid_by     TEXT NOT NULL DEFAULT 'union' CHECK (paid_by IN ('union', 'school')),
	entry_id    INTEGER REFERENCES ledger_entry(id),
	note        TEXT NOT NULL DEFAULT '',
	reverses    INTEGER UNIQUE REFERENCES welfare(id)
);
CREATE INDEX welfare_date ON welfare(date);
CREATE INDEX welfare_member ON welfare(member_id, date);

CREATE TABLE visit (
	id         INTEGER PRIMARY KEY,
	date       TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	member_id  INTEGER NOT NULL REFERENCES member(id),
	reason     TEXT NOT NULL CHECK (reason IN ('illness', 'hospital', 'wedding', 'bereavement',
	           'childbirth', 'retirement', 'hardship', 'holiday', 'birthday', 'longevity',
	           'elderly_day', 'model_worker', 'disaster', 'other')),
	visitors   TEXT NOT NULL DEFAULT '',
	place      TEXT NOT NULL DEFAULT '',
	welfare_id INTEGER REFERENCES welfare(id),
	note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visit_date ON visit(date);
CREATE INDEX visit_member ON visit(member_id, reason);

-- 五必访: opened by a hospital stay, wedding, bereavement, childbirth, retirement or
-- hardship; closed by a visit with the same reason.
CREATE TABLE must_visit (
	id         INTEGER PRIMARY KEY,
	member_id  INTEGER NOT NULL REFERENCES member(id),
	reason     TEXT NOT NULL CHECK (reason IN ('hospital', 'wedding', 'bereavement',
	           'childbirth', 'retirement', 'hardship')),
	opened_on  TEXT NOT NULL CHECK (date(opened_on, '+0 days') IS opened_on),
	welfare_id INTEGER REFERENCES welfare(id),
	visit_id   INTEGER REFERENCES visit(id),
	closed_on  TEXT CHECK (closed_on IS NULL OR date(closed_on, '+0 days') IS closed_on),
	note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX must_visit_open ON must_visit(closed_on, opened_on);
CREATE INDEX must_visit_member ON must_visit(member_id, reason);

CREATE TABLE event (
	id         INTEGER PRIMARY KEY,
	code       TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
	name       TEXT NOT NULL CHECK (length(name) >= 1),
	kind       TEXT NOT NULL CHECK (kind IN ('sports', 'culture', 'outing', 'health_check',
	           'rest_leave', 'blood_donation', 'training', 'celebration', 'other')),
	start_date TEXT CHECK (start_date IS NULL OR date(start_date, '+0 days') IS start_date),
	end_date   TEXT CHECK (end_date IS NULL OR date(end_date, '+0 days') IS end_date),
	place      TEXT NOT NULL DEFAULT '',
	capacity   INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),   -- 0: no limit
	deadline   TEXT CHECK (deadline IS NULL OR date(deadline, '+0 days') IS deadline),
	fee        INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
	budget     INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0),
	note       TEXT NOT NULL DEFAULT '',
	CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX event_start ON event(start_date);

CREATE TABLE signup (
	id        INTEGER PRIMARY KEY,
	event_id  INTEGER NOT NULL REFERENCES event(id),
	member_id INTEGER NOT NULL REFERENCES member(id),
	family    INTEGER NOT NULL DEFAULT 0 CHECK (family >= 0),
	status    TEXT NOT NULL DEFAULT 'signed'
	          CHECK (status IN ('signed', 'waitlist', 'cancelled', 'attended', 'absent')),
	result    TEXT NOT NULL DEFAULT '',
	seq       INTEGER NOT NULL DEFAULT 0,   -- order of signing up, for the waiting list
	UNIQUE (event_id, member_id)
);
CREATE INDEX signup_event ON signup(event_id, status, seq);

CREATE TABLE drive (
	id    INTEGER PRIMARY KEY,
	name  TEXT NOT NULL UNIQUE CHECK (length(name) >= 1),
	date  TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	cause TEXT NOT NULL DEFAULT ''
);

CREATE TABLE donation (
	id        INTEGER PRIMARY KEY,
	drive_id  INTEGER NOT NULL REFERENCES drive(id),
	date      TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	member_id INTEGER REFERENCES member(id),   -- NULL: an outside donor
	donor     TEXT NOT NULL DEFAULT '',        -- the outside donor's name
	amount    INTEGER NOT NULL CHECK (amount > 0),
	note      TEXT NOT NULL DEFAULT '',
	entry_id  INTEGER REFERENCES ledger_entry(id)
);
CREATE INDEX donation_drive ON donation(drive_id);
CREATE INDEX donation_date ON donation(date);

CREATE TABLE proposal (
	id          INTEGER PRIMARY KEY,
	date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	member_id   INTEGER REFERENCES member(id),
	title       TEXT NOT NULL CHECK (length(title) >= 1),
	status      TEXT NOT NULL DEFAULT 'received'
	            CHECK (status IN ('received', 'answered', 'adopted', 'rejected')),
	answer      TEXT NOT NULL DEFAULT '',
	answered_on TEXT CHECK (answered_on IS NULL OR date(answered_on, '+0 days') IS answered_on)
);
CREATE INDEX proposal_date ON proposal(date);

CREATE TABLE audit_log (
	id     INTEGER PRIMARY KEY,
	at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
	tbl    TEXT NOT NULL,
	row_id INTEGER NOT NULL,
	action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
	old    TEXT,
	new    TEXT
);
CREATE INDEX audit_row ON audit_log(tbl, row_id);

-- Audit: generated once from the column lists above; keep them in step when a
-- later migration adds a column.
CREATE TRIGGER audit_setting_insert AFTER INSERT ON setting BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('setting', NEW.rowid, 'insert', json_object('key', NEW.key, 'value', NEW.value));
END;
CREATE TRIGGER audit_setting_update AFTER UPDATE ON setting BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('setting', NEW.rowid, 'update', json_object('key', OLD.key, 'value', OLD.value),
	        json_object('key', NEW.key, 'value', NEW.value));
END;
CREATE TRIGGER audit_setting_delete AFTER DELETE ON setting BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('setting', OLD.rowid, 'delete', json_object('key', OLD.key, 'value', OLD.value));
END;
CREATE TRIGGER audit_member_insert AFTER INSERT ON member BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('member', NEW.id, 'insert', json_object('no', NEW.no, 'name', NEW.name, 'gender', NEW.gender, 'birth_date', NEW.birth_date, 'join_date', NEW.join_date, 'status', NEW.status, 'status_date', NEW.status_date, 'kind', NEW.kind, 'grp', NEW.grp, 'phone', NEW.phone, 'wage_base', NEW.wage_base, 'hardship', NEW.hardship, 'model_worker', NEW.model_worker, 'note', NEW.note));
END;
CREATE TRIGGER audit_member_update AFTER UPDATE ON member BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('member', NEW.id, 'update', json_object('no', OLD.no, 'name', OLD.name, 'gender', OLD.gender, 'birth_date', OLD.birth_date, 'join_date', OLD.join_date, 'status', OLD.status, 'status_date', OLD.status_date, 'kind', OLD.kind, 'grp', OLD.grp, 'phone', OLD.phone, 'wage_base', OLD.wage_base, 'hardship', OLD.hardship, 'model_worker', OLD.model_worker, 'note', OLD.note),
	        json_object('no', NEW.no, 'name', NEW.name, 'gender', NEW.gender, 'birth_date', NEW.birth_date, 'join_date', NEW.join_date, 'status', NEW.status, 'status_date', NEW.status_date, 'kind', NEW.kind, 'grp', NEW.grp, 'phone', NEW.phone, 'wage_base', NEW.wage_base, 'hardship', NEW.hardship, 'model_worker', NEW.model_worker, 'note', NEW.note));
END;
CREATE TRIGGER audit_member_delete AFTER DELETE ON member BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('member', OLD.id, 'delete', json_object('no', OLD.no, 'name', OLD.name, 'gender', OLD.gender, 'birth_date', OLD.birth_date, 'join_date', OLD.join_date, 'status', OLD.status, 'status_date', OLD.status_date, 'kind', OLD.kind, 'grp', OLD.grp, 'phone', OLD.phone, 'wage_base', OLD.wage_base, 'hardship', OLD.hardship, 'model_worker', OLD.model_worker, 'note', OLD.note));
END;
CREATE TRIGGER audit_account_insert AFTER INSERT ON account BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('account', NEW.rowid, 'insert', json_object('code', NEW.code, 'name', NEW.name, 'type', NEW.type, 'parent', NEW.parent));
END;
CREATE TRIGGER audit_account_update AFTER UPDATE ON account BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('account', NEW.rowid, 'update', json_object('code', OLD.code, 'name', OLD.name, 'type', OLD.type, 'parent', OLD.parent),
	        json_object('code', NEW.code, 'name', NEW.name, 'type', NEW.type, 'parent', NEW.parent));
END;
CREATE TRIGGER audit_account_delete AFTER DELETE ON account BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('account', OLD.rowid, 'delete', json_object('code', OLD.code, 'name', OLD.name, 'type', OLD.type, 'parent', OLD.parent));
END;
CREATE TRIGGER audit_closed_month_insert AFTER INSERT ON closed_month BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('closed_month', NEW.rowid, 'insert', json_object('month', NEW.month, 'closed_at', NEW.closed_at));
END;
CREATE TRIGGER audit_closed_month_update AFTER UPDATE ON closed_month BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('closed_month', NEW.rowid, 'update', json_object('month', OLD.month, 'closed_at', OLD.closed_at),
	        json_object('month', NEW.month, 'closed_at', NEW.closed_at));
END;
CREATE TRIGGER audit_closed_month_delete AFTER DELETE ON closed_month BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('closed_month', OLD.rowid, 'delete', json_object('month', OLD.month, 'closed_at', OLD.closed_at));
END;
CREATE TRIGGER audit_ledger_entry_insert AFTER INSERT ON ledger_entry BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('ledger_entry', NEW.id, 'insert', json_object('date', NEW.date, 'voucher', NEW.voucher, 'debit', NEW.debit, 'credit', NEW.credit, 'amount', NEW.amount, 'description', NEW.description, 'source', NEW.source, 'reverses', NEW.reverses));
END;
CREATE TRIGGER audit_ledger_entry_update AFTER UPDATE ON ledger_entry BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('ledger_entry', NEW.id, 'update', json_object('date', OLD.date, 'voucher', OLD.voucher, 'debit', OLD.debit, 'credit', OLD.credit, 'amount', OLD.amount, 'description', OLD.description, 'source', OLD.source, 'reverses', OLD.reverses),
	        json_object('date', NEW.date, 'voucher', NEW.voucher, 'debit', NEW.debit, 'credit', NEW.credit, 'amount', NEW.amount, 'description', NEW.description, 'source', NEW.source, 'reverses', NEW.reverses));
END;
CREATE TRIGGER audit_ledger_entry_delete AFTER DELETE ON ledger_entry BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('ledger_entry', OLD.id, 'delete', json_object('date', OLD.date, 'voucher', OLD.voucher, 'debit', OLD.debit, 'credit', OLD.credit, 'amount', OLD.amount, 'description', OLD.description, 'source', OLD.source, 'reverses', OLD.reverses));
END;
CREATE TRIGGER audit_dues_insert AFTER INSERT ON dues BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('dues', NEW.id, 'insert', json_object('member_id', NEW.member_id, 'month', NEW.month, 'amount', NEW.amount, 'paid_on', NEW.paid_on, 'entry_id', NEW.entry_id));
END;
CREATE TRIGGER audit_dues_update AFTER UPDATE ON dues BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('dues', NEW.id, 'update', json_object('member_id', OLD.member_id, 'month', OLD.month, 'amount', OLD.amount, 'paid_on', OLD.paid_on, 'entry_id', OLD.entry_id),
	        json_object('member_id', NEW.member_id, 'month', NEW.month, 'amount', NEW.amount, 'paid_on', NEW.paid_on, 'entry_id', NEW.entry_id));
END;
CREATE TRIGGER audit_dues_delete AFTER DELETE ON dues BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('dues', OLD.id, 'delete', json_object('member_id', OLD.member_id, 'month', OLD.month, 'amount', OLD.amount, 'paid_on', OLD.paid_on, 'entry_id', OLD.entry_id));
END;
CREATE TRIGGER audit_welfare_insert AFTER INSERT ON welfare BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('welfare', NEW.id, 'insert', json_object('date', NEW.date, 'member_id', NEW.member_id, 'kind', NEW.kind, 'cash', NEW.cash, 'goods', NEW.goods, 'goods_value', NEW.goods_value, 'paid_by', NEW.paid_by, 'entry_id', NEW.entry_id, 'note', NEW.note, 'reverses', NEW.reverses));
END;
CREATE TRIGGER audit_welfare_update AFTER UPDATE ON welfare BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('welfare', NEW.id, 'update', json_object('date', OLD.date, 'member_id', OLD.member_id, 'kind', OLD.kind, 'cash', OLD.cash, 'goods', OLD.goods, 'goods_value', OLD.goods_value, 'paid_by', OLD.paid_by, 'entry_id', OLD.entry_id, 'note', OLD.note, 'reverses', OLD.reverses),
	        json_object('date', NEW.date, 'member_id', NEW.member_id, 'kind', NEW.kind, 'cash', NEW.cash, 'goods', NEW.goods, 'goods_value', NEW.goods_value, 'paid_by', NEW.paid_by, 'entry_id', NEW.entry_id, 'note', NEW.note, 'reverses', NEW.reverses));
END;
CREATE TRIGGER audit_welfare_delete AFTER DELETE ON welfare BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('welfare', OLD.id, 'delete', json_object('date', OLD.date, 'member_id', OLD.member_id, 'kind', OLD.kind, 'cash', OLD.cash, 'goods', OLD.goods, 'goods_value', OLD.goods_value, 'paid_by', OLD.paid_by, 'entry_id', OLD.entry_id, 'note', OLD.note, 'reverses', OLD.reverses));
END;
CREATE TRIGGER audit_visit_insert AFTER INSERT ON visit BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('visit', NEW.id, 'insert', json_object('date', NEW.date, 'member_id', NEW.member_id, 'reason', NEW.reason, 'visitors', NEW.visitors, 'place', NEW.place, 'welfare_id', NEW.welfare_id, 'note', NEW.note));
END;
CREATE TRIGGER audit_visit_update AFTER UPDATE ON visit BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('visit', NEW.id, 'update', json_object('date', OLD.date, 'member_id', OLD.member_id, 'reason', OLD.reason, 'visitors', OLD.visitors, 'place', OLD.place, 'welfare_id', OLD.welfare_id, 'note', OLD.note),
	        json_object('date', NEW.date, 'member_id', NEW.member_id, 'reason', NEW.reason, 'visitors', NEW.visitors, 'place', NEW.place, 'welfare_id', NEW.welfare_id, 'note', NEW.note));
END;
CREATE TRIGGER audit_visit_delete AFTER DELETE ON visit BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('visit', OLD.id, 'delete', json_object('date', OLD.date, 'member_id', OLD.member_id, 'reason', OLD.reason, 'visitors', OLD.visitors, 'place', OLD.place, 'welfare_id', OLD.welfare_id, 'note', OLD.note));
END;
CREATE TRIGGER audit_must_visit_insert AFTER INSERT ON must_visit BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('must_visit', NEW.id, 'insert', json_object('member_id', NEW.member_id, 'reason', NEW.reason, 'opened_on', NEW.opened_on, 'welfare_id', NEW.welfare_id, 'visit_id', NEW.visit_id, 'closed_on', NEW.closed_on, 'note', NEW.note));
END;
CREATE TRIGGER audit_must_visit_update AFTER UPDATE ON must_visit BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('must_visit', NEW.id, 'update', json_object('member_id', OLD.member_id, 'reason', OLD.reason, 'opened_on', OLD.opened_on, 'welfare_id', OLD.welfare_id, 'visit_id', OLD.visit_id, 'closed_on', OLD.closed_on, 'note', OLD.note),
	        json_object('member_id', NEW.member_id, 'reason', NEW.reason, 'opened_on', NEW.opened_on, 'welfare_id', NEW.welfare_id, 'visit_id', NEW.visit_id, 'closed_on', NEW.closed_on, 'note', NEW.note));
END;
CREATE TRIGGER audit_must_visit_delete AFTER DELETE ON must_visit BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('must_visit', OLD.id, 'delete', json_object('member_id', OLD.member_id, 'reason', OLD.reason, 'opened_on', OLD.opened_on, 'welfare_id', OLD.welfare_id, 'visit_id', OLD.visit_id, 'closed_on', OLD.closed_on, 'note', OLD.note));
END;
CREATE TRIGGER audit_event_insert AFTER INSERT ON event BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('event', NEW.id, 'insert', json_object('code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'place', NEW.place, 'capacity', NEW.capacity, 'deadline', NEW.deadline, 'fee', NEW.fee, 'budget', NEW.budget, 'note', NEW.note));
END;
CREATE TRIGGER audit_event_update AFTER UPDATE ON event BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('event', NEW.id, 'update', json_object('code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'place', OLD.place, 'capacity', OLD.capacity, 'deadline', OLD.deadline, 'fee', OLD.fee, 'budget', OLD.budget, 'note', OLD.note),
	        json_object('code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'place', NEW.place, 'capacity', NEW.capacity, 'deadline', NEW.deadline, 'fee', NEW.fee, 'budget', NEW.budget, 'note', NEW.note));
END;
CREATE TRIGGER audit_event_delete AFTER DELETE ON event BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('event', OLD.id, 'delete', json_object('code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'place', OLD.place, 'capacity', OLD.capacity, 'deadline', OLD.deadline, 'fee', OLD.fee, 'budget', OLD.budget, 'note', OLD.note));
END;
CREATE TRIGGER audit_signup_insert AFTER INSERT ON signup BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('signup', NEW.id, 'insert', json_object('event_id', NEW.event_id, 'member_id', NEW.member_id, 'family', NEW.family, 'status', NEW.status, 'result', NEW.result, 'seq', NEW.seq));
END;
CREATE TRIGGER audit_signup_update AFTER UPDATE ON signup BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('signup', NEW.id, 'update', json_object('event_id', OLD.event_id, 'member_id', OLD.member_id, 'family', OLD.family, 'status', OLD.status, 'result', OLD.result, 'seq', OLD.seq),
	        json_object('event_id', NEW.event_id, 'member_id', NEW.member_id, 'family', NEW.family, 'status', NEW.status, 'result', NEW.result, 'seq', NEW.seq));
END;
CREATE TRIGGER audit_signup_delete AFTER DELETE ON signup BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('signup', OLD.id, 'delete', json_object('event_id', OLD.event_id, 'member_id', OLD.member_id, 'family', OLD.family, 'status', OLD.status, 'result', OLD.result, 'seq', OLD.seq));
END;
CREATE TRIGGER audit_drive_insert AFTER INSERT ON drive BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('drive', NEW.id, 'insert', json_object('name', NEW.name, 'date', NEW.date, 'cause', NEW.cause));
END;
CREATE TRIGGER audit_drive_update AFTER UPDATE ON drive BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('drive', NEW.id, 'update', json_object('name', OLD.name, 'date', OLD.date, 'cause', OLD.cause),
	        json_object('name', NEW.name, 'date', NEW.date, 'cause', NEW.cause));
END;
CREATE TRIGGER audit_drive_delete AFTER DELETE ON drive BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('drive', OLD.id, 'delete', json_object('name', OLD.name, 'date', OLD.date, 'cause', OLD.cause));
END;
CREATE TRIGGER audit_donation_insert AFTER INSERT ON donation BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('donation', NEW.id, 'insert', json_object('drive_id', NEW.drive_id, 'date', NEW.date, 'member_id', NEW.member_id, 'donor', NEW.donor, 'amount', NEW.amount, 'note', NEW.note, 'entry_id', NEW.entry_id));
END;
CREATE TRIGGER audit_donation_update AFTER UPDATE ON donation BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('donation', NEW.id, 'update', json_object('drive_id', OLD.drive_id, 'date', OLD.date, 'member_id', OLD.member_id, 'donor', OLD.donor, 'amount', OLD.amount, 'note', OLD.note, 'entry_id', OLD.entry_id),
	        json_object('drive_id', NEW.drive_id, 'date', NEW.date, 'member_id', NEW.member_id, 'donor', NEW.donor, 'amount', NEW.amount, 'note', NEW.note, 'entry_id', NEW.entry_id));
END;
CREATE TRIGGER audit_donation_delete AFTER DELETE ON donation BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('donation', OLD.id, 'delete', json_object('drive_id', OLD.drive_id, 'date', OLD.date, 'member_id', OLD.member_id, 'donor', OLD.donor, 'amount', OLD.amount, 'note', OLD.note, 'entry_id', OLD.entry_id));
END;
CREATE TRIGGER audit_proposal_insert AFTER INSERT ON proposal BEGIN
	INSERT INTO audit_log(tbl, row_id, action, new)
	VALUES ('proposal', NEW.id, 'insert', json_object('date', NEW.date, 'member_id', NEW.member_id, 'title', NEW.title, 'status', NEW.status, 'answer', NEW.answer, 'answered_on', NEW.answered_on));
END;
CREATE TRIGGER audit_proposal_update AFTER UPDATE ON proposal BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old, new)
	VALUES ('proposal', NEW.id, 'update', json_object('date', OLD.date, 'member_id', OLD.member_id, 'title', OLD.title, 'status', OLD.status, 'answer', OLD.answer, 'answered_on', OLD.answered_on),
	        json_object('date', NEW.date, 'member_id', NEW.member_id, 'title', NEW.title, 'status', NEW.status, 'answer', NEW.answer, 'answered_on', NEW.answered_on));
END;
CREATE TRIGGER audit_proposal_delete AFTER DELETE ON proposal BEGIN
	INSERT INTO audit_log(tbl, row_id, action, old)
	VALUES ('proposal', OLD.id, 'delete', json_object('date', OLD.date, 'member_id', OLD.member_id, 'title', OLD.title, 'status', OLD.status, 'answer', OLD.answer, 'answered_on', OLD.answered_on));
END;

-- A closed month is read-only for everything that carries money.
CREATE TRIGGER closed_ledger_entry_insert BEFORE INSERT ON ledger_entry
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_ledger_entry_update BEFORE UPDATE ON ledger_entry
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month IN (substr(OLD.date, 1, 7), substr(NEW.date, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_ledger_entry_delete BEFORE DELETE ON ledger_entry
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(OLD.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_dues_insert BEFORE INSERT ON dues
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(NEW.paid_on, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_dues_update BEFORE UPDATE ON dues
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month IN (substr(OLD.paid_on, 1, 7), substr(NEW.paid_on, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_dues_delete BEFORE DELETE ON dues
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(OLD.paid_on, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_welfare_insert BEFORE INSERT ON welfare
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_welfare_update BEFORE UPDATE ON welfare
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month IN (substr(OLD.date, 1, 7), substr(NEW.date, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_welfare_delete BEFORE DELETE ON welfare
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(OLD.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_donation_insert BEFORE INSERT ON donation
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_donation_update BEFORE UPDATE ON donation
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month IN (substr(OLD.date, 1, 7), substr(NEW.date, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
CREATE TRIGGER closed_donation_delete BEFORE DELETE ON donation
WHEN EXISTS (SELECT 1 FROM closed_month WHERE month = substr(OLD.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'gonghui:closed'); END;
