-- Cross-process cache invalidation (lib/cache/bus.ts, docs/decisions/046-shared-rendered-output.md).
-- Whatever a user's pages show about the user (role, active, name, current membership, notifications)
-- announces its changes on the channel the server processes listen to, whichever code path made them.
CREATE OR REPLACE FUNCTION gezondin_notify_viewer() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  uid uuid;
BEGIN
  IF TG_TABLE_NAME = 'app_user' THEN
    uid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
  ELSE
    uid := CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
  END IF;
  PERFORM pg_notify('gezondin_cache', 'viewer:' || uid::text);
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME <> 'app_user' THEN
    IF OLD.user_id IS DISTINCT FROM NEW.user_id THEN
      PERFORM pg_notify('gezondin_cache', 'viewer:' || OLD.user_id::text);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER app_user_notify_viewer AFTER UPDATE OR DELETE ON app_user
  FOR EACH ROW EXECUTE FUNCTION gezondin_notify_viewer();
CREATE TRIGGER membership_notify_viewer AFTER INSERT OR UPDATE OR DELETE ON membership
  FOR EACH ROW EXECUTE FUNCTION gezondin_notify_viewer();
CREATE TRIGGER notification_notify_viewer AFTER INSERT OR UPDATE OR DELETE ON notification
  FOR EACH ROW EXECUTE FUNCTION gezondin_notify_viewer();
