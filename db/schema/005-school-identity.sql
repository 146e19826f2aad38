-- 003-school-identity.sql: settings under the names core/setting.c knows them by, and
-- an identity for the file.
--
-- The rate of dues was stored as dues_rate_permille; it is now dues_rate (still in
-- permille: 5 = 0.5%), the name the settings table, the Settings screen and
-- `gonghui set` share.
--
-- school_id: made once, here, and kept by every copy and backup of the file, so a county
-- union consolidating many schools' files tells the same school's newer file (same id)
-- from another school's file that claims the same school code (another id).

UPDATE setting SET key = 'dues_rate' WHERE key = 'dues_rate_permille';
INSERT OR IGNORE INTO setting(key, value) VALUES ('school_id', lower(hex(randomblob(16))));
