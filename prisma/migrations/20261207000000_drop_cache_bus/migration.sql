-- The LISTEN/NOTIFY cache bus is gone (docs/decisions/050-one-cache-model.md): Next's own cache model
-- (`'use cache'` + tags, invalidated where data changes) replaces it. Drop its triggers and functions.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT tgname, c.relname
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE NOT t.tgisinternal AND (t.tgname LIKE '%\_notify\_viewer' OR t.tgname LIKE '%\_notify\_workspace')
  LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', r.tgname, r.relname);
  END LOOP;
END;
$$;

DROP FUNCTION IF EXISTS gezondin_notify_viewer();
DROP FUNCTION IF EXISTS gezondin_notify_workspace();
