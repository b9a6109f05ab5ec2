-- Cross-process cache invalidation, continued (lib/cache/bus.ts, docs/decisions/047-workspace-output.md).
--
-- 1. An adviser's assignments decide which municipalities the adviser's pages show: a change announces
--    itself as viewer:<adviser id>, like the user's row, memberships and notifications already do.
-- 2. Whatever a municipality home or an adviser's caseload is made of announces a change as 'workspace',
--    once per statement (PostgreSQL folds equal notifications of one transaction into one), whichever
--    code path made it: server actions, the API, the import, a script or psql.
CREATE OR REPLACE FUNCTION gezondin_notify_viewer() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  uid uuid;
  old_uid uuid;
BEGIN
  IF TG_TABLE_NAME = 'app_user' THEN
    uid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
  ELSIF TG_TABLE_NAME = 'adviser_assignment' THEN
    uid := CASE WHEN TG_OP = 'DELETE' THEN OLD.adviser_id ELSE NEW.adviser_id END;
    IF TG_OP = 'UPDATE' THEN old_uid := OLD.adviser_id; END IF;
  ELSE
    uid := CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
    IF TG_OP = 'UPDATE' THEN old_uid := OLD.user_id; END IF;
  END IF;
  PERFORM pg_notify('gezondin_cache', 'viewer:' || uid::text);
  IF old_uid IS DISTINCT FROM uid AND old_uid IS NOT NULL THEN
    PERFORM pg_notify('gezondin_cache', 'viewer:' || old_uid::text);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER adviser_assignment_notify_viewer AFTER INSERT OR UPDATE OR DELETE ON adviser_assignment
  FOR EACH ROW EXECUTE FUNCTION gezondin_notify_viewer();

CREATE OR REPLACE FUNCTION gezondin_notify_workspace() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gezondin_cache', 'workspace');
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'province', 'ggd_region', 'municipality', 'track', 'pillar', 'membership', 'adviser_assignment',
    'approach', 'approach_track', 'approach_pillar',
    'initiative', 'initiative_track', 'initiative_pillar', 'initiative_partner',
    'survey_round', 'question_section', 'question', 'question_option', 'round_question',
    'survey_response', 'answer', 'answer_choice', 'review_comment', 'survey_reminder',
    'advice_entry', 'follow_up'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION gezondin_notify_workspace()',
      t || '_notify_workspace', t);
  END LOOP;
END;
$$;

-- Users: their names and roles appear on these pages ("last changed by", advisers); a sign-in (which only
-- sets last_login_at) changes nothing they show.
CREATE TRIGGER app_user_notify_workspace AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF email, name, role, active ON app_user
  FOR EACH STATEMENT EXECUTE FUNCTION gezondin_notify_workspace();
