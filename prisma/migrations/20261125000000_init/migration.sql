-- GezondIn portaal: initial schema. Mirrors prisma/schema.prisma (checked by tests/integration/schema-drift.test.ts).
-- Constraint and index names follow Prisma's conventions so Prisma tooling sees no difference.

-- Enums
CREATE TYPE "track_code" AS ENUM ('PHYSICAL_ENVIRONMENT', 'BEHAVIOUR_SKILLS', 'PARTICIPATION', 'PREVENTION_CARE', 'SOCIAL_ENVIRONMENT');
CREATE TYPE "role" AS ENUM ('CIVIL_SERVANT', 'ADVISER', 'VWS', 'ADMIN');
CREATE TYPE "approach_stage" AS ENUM ('AGENDA', 'POLICY', 'PROGRAMMES', 'INTEGRATED');
CREATE TYPE "pillar_assessment" AS ENUM ('NOT_STARTED', 'COULD_DO_MORE', 'DOING_WELL');
CREATE TYPE "resident_method" AS ENUM ('AMBASSADORS', 'EXPERTS_BY_EXPERIENCE', 'CO_CREATION', 'INTERVIEWS', 'RESIDENTS_IN_TEAM');
CREATE TYPE "monitoring_level" AS ENUM ('ACTIVITIES', 'PROCESS', 'HEALTH_EFFECTS');
CREATE TYPE "anchoring_method" AS ENUM ('POLICY', 'CONTRACTS', 'OTHER');
CREATE TYPE "funding_source" AS ENUM ('GIDS', 'MUNICIPAL_BUDGET', 'OTHER_NATIONAL_SCHEMES', 'FUNDS', 'PRIVATE');
CREATE TYPE "initiative_status" AS ENUM ('IDEA', 'PLANNED', 'RUNNING', 'STRUCTURAL', 'STOPPED');
CREATE TYPE "visibility" AS ENUM ('PRIVATE', 'GIDS_NETWORK', 'PUBLIC');
CREATE TYPE "target_group" AS ENUM ('CHILDREN', 'YOUTH', 'PARENTS', 'ADULTS', 'OLDER_ADULTS', 'LOW_SES', 'LOW_LITERACY', 'MIGRANTS', 'CHRONICALLY_ILL', 'INFORMAL_CARERS', 'PROFESSIONALS');
CREATE TYPE "linked_programme" AS ENUM ('JOGG', 'KANSRIJKE_START', 'EEN_TEGEN_EENZAAMHEID', 'PREVENTION_AGREEMENT', 'SPORT_AGREEMENT', 'OTHER');
CREATE TYPE "partner_type" AS ENUM ('GGD', 'GP', 'NEIGHBOURHOOD_TEAM', 'WELFARE', 'SCHOOL', 'SPORTS_CLUB', 'HOUSING_CORPORATION', 'HEALTH_INSURER', 'FOOD_BANK', 'BUSINESS', 'RESIDENTS_GROUP', 'KNOWLEDGE_INSTITUTE', 'OTHER');
CREATE TYPE "round_status" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');
CREATE TYPE "question_type" AS ENUM ('BOOLEAN', 'SINGLE', 'MULTI', 'LIKERT_HELP', 'TEXT');
CREATE TYPE "response_status" AS ENUM ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');
CREATE TYPE "advice_kind" AS ENUM ('CONTENT', 'STRATEGIC', 'PROCESS');
CREATE TYPE "advice_mode" AS ENUM ('VISIT', 'ONLINE', 'PHONE', 'NETWORK_EVENT');

-- Reference data
CREATE TABLE "province" (
    "code" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "province_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "ggd_region" (
    "code" VARCHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "province_code" VARCHAR(4) NOT NULL,
    CONSTRAINT "ggd_region_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "municipality" (
    "code" VARCHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "province_code" VARCHAR(4) NOT NULL,
    "ggd_region_code" VARCHAR(6) NOT NULL,
    "population" INTEGER NOT NULL,
    "population_date" DATE NOT NULL,
    "size_class" SMALLINT NOT NULL,
    "is_gids" BOOLEAN NOT NULL DEFAULT false,
    "gids_since" SMALLINT,
    "valid_from" DATE,
    "valid_to" DATE,
    "successor_code" VARCHAR(6),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "municipality_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "municipality_code_format" CHECK ("code" ~ '^GM[0-9]{4}$'),
    CONSTRAINT "municipality_size_class_range" CHECK ("size_class" BETWEEN 1 AND 8)
);

CREATE TABLE "track" (
    "code" "track_code" NOT NULL,
    "sort_order" SMALLINT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_nl" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    CONSTRAINT "track_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "pillar" (
    "number" SMALLINT NOT NULL,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_nl" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    CONSTRAINT "pillar_pkey" PRIMARY KEY ("number")
);

-- Users and access
CREATE TABLE "app_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "password_hash" TEXT,
    "last_login_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "app_user_email_lowercase" CHECK ("email" = lower("email"))
);

CREATE TABLE "membership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "municipality_code" VARCHAR(6) NOT NULL,
    "valid_from" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_to" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "adviser_assignment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "adviser_id" UUID NOT NULL,
    "municipality_code" VARCHAR(6) NOT NULL,
    "valid_from" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_to" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "adviser_assignment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "adviser_assignment_dates" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from")
);

-- The local approach
CREATE TABLE "approach" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipality_code" VARCHAR(6) NOT NULL,
    "year" SMALLINT NOT NULL,
    "stage" "approach_stage",
    "low_ses_involved" BOOLEAN,
    "resident_methods" "resident_method"[],
    "monitoring_attention" BOOLEAN,
    "monitoring_levels" "monitoring_level"[],
    "anchoring_attention" BOOLEAN,
    "anchoring_methods" "anchoring_method"[],
    "funding_sources" "funding_source"[],
    "story" TEXT NOT NULL DEFAULT '',
    "updated_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "approach_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "approach_track" (
    "approach_id" UUID NOT NULL,
    "track_code" "track_code" NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "approach_track_pkey" PRIMARY KEY ("approach_id", "track_code")
);

CREATE TABLE "approach_pillar" (
    "approach_id" UUID NOT NULL,
    "pillar_number" SMALLINT NOT NULL,
    "assessment" "pillar_assessment" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "approach_pillar_pkey" PRIMARY KEY ("approach_id", "pillar_number")
);

-- Initiatives
CREATE TABLE "initiative" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipality_code" VARCHAR(6) NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "initiative_status" NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    "target_groups" "target_group"[],
    "neighbourhoods" TEXT[],
    "programmes" "linked_programme"[],
    "budget_cents" BIGINT,
    "funding_sources" "funding_source"[],
    "residents_reached" INTEGER,
    "low_ses_reached" INTEGER,
    "monitoring_level" "monitoring_level",
    "visibility" "visibility" NOT NULL DEFAULT 'PRIVATE',
    "archived_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "initiative_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "initiative_budget_nonnegative" CHECK ("budget_cents" IS NULL OR "budget_cents" >= 0),
    CONSTRAINT "initiative_reach" CHECK ("low_ses_reached" IS NULL OR "residents_reached" IS NULL OR "low_ses_reached" <= "residents_reached"),
    CONSTRAINT "initiative_dates" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date")
);

CREATE TABLE "initiative_track" (
    "initiative_id" UUID NOT NULL,
    "track_code" "track_code" NOT NULL,
    CONSTRAINT "initiative_track_pkey" PRIMARY KEY ("initiative_id", "track_code")
);

CREATE TABLE "initiative_pillar" (
    "initiative_id" UUID NOT NULL,
    "pillar_number" SMALLINT NOT NULL,
    CONSTRAINT "initiative_pillar_pkey" PRIMARY KEY ("initiative_id", "pillar_number")
);

CREATE TABLE "initiative_partner" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "initiative_id" UUID NOT NULL,
    "type" "partner_type" NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" SMALLINT NOT NULL DEFAULT 0,
    CONSTRAINT "initiative_partner_pkey" PRIMARY KEY ("id")
);

-- The annual questionnaire
CREATE TABLE "survey_round" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "year" SMALLINT NOT NULL,
    "opens_at" DATE NOT NULL,
    "closes_at" DATE NOT NULL,
    "status" "round_status" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "survey_round_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "survey_round_dates" CHECK ("closes_at" > "opens_at")
);

CREATE TABLE "question_section" (
    "key" TEXT NOT NULL,
    "sort_order" SMALLINT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    CONSTRAINT "question_section_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "question" (
    "key" TEXT NOT NULL,
    "section_key" TEXT NOT NULL,
    "type" "question_type" NOT NULL,
    "sort_order" SMALLINT NOT NULL,
    "text_nl" TEXT NOT NULL,
    "text_en" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "condition_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "question_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "question_option" (
    "question_key" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "sort_order" SMALLINT NOT NULL,
    "text_nl" TEXT NOT NULL,
    "text_en" TEXT NOT NULL,
    CONSTRAINT "question_option_pkey" PRIMARY KEY ("question_key", "key")
);

CREATE TABLE "round_question" (
    "round_id" UUID NOT NULL,
    "question_key" TEXT NOT NULL,
    "sort_order" SMALLINT NOT NULL,
    CONSTRAINT "round_question_pkey" PRIMARY KEY ("round_id", "question_key")
);

CREATE TABLE "survey_response" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "round_id" UUID NOT NULL,
    "municipality_code" VARCHAR(6) NOT NULL,
    "status" "response_status" NOT NULL DEFAULT 'NOT_STARTED',
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "survey_response_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "answer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "response_id" UUID NOT NULL,
    "question_key" TEXT NOT NULL,
    "value_bool" BOOLEAN,
    "value_text" TEXT,
    "prefilled" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "answer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "answer_text_length" CHECK ("value_text" IS NULL OR char_length("value_text") <= 4000)
);

CREATE TABLE "answer_choice" (
    "answer_id" UUID NOT NULL,
    "question_key" TEXT NOT NULL,
    "option_key" TEXT NOT NULL,
    CONSTRAINT "answer_choice_pkey" PRIMARY KEY ("answer_id", "option_key")
);

CREATE TABLE "review_comment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "response_id" UUID NOT NULL,
    "question_key" TEXT,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "review_comment_pkey" PRIMARY KEY ("id")
);

-- Advice
CREATE TABLE "advice_entry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipality_code" VARCHAR(6) NOT NULL,
    "adviser_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "kind" "advice_kind" NOT NULL,
    "mode" "advice_mode" NOT NULL,
    "track_codes" "track_code"[],
    "pillar_numbers" SMALLINT[],
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "advice_entry_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "follow_up" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "advice_entry_id" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "done_at" TIMESTAMPTZ(3),
    CONSTRAINT "follow_up_pkey" PRIMARY KEY ("id")
);

-- Audit
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_role" "role",
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "origin" TEXT NOT NULL DEFAULT 'app',
    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- Indexes
CREATE INDEX "ggd_region_province_code_idx" ON "ggd_region"("province_code");
CREATE UNIQUE INDEX "municipality_slug_key" ON "municipality"("slug");
CREATE INDEX "municipality_province_code_idx" ON "municipality"("province_code");
CREATE INDEX "municipality_ggd_region_code_idx" ON "municipality"("ggd_region_code");
CREATE INDEX "municipality_is_gids_size_class_idx" ON "municipality"("is_gids", "size_class");
CREATE UNIQUE INDEX "pillar_code_key" ON "pillar"("code");
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");
CREATE INDEX "app_user_role_idx" ON "app_user"("role");
CREATE INDEX "membership_user_id_idx" ON "membership"("user_id");
CREATE INDEX "membership_municipality_code_valid_to_idx" ON "membership"("municipality_code", "valid_to");
CREATE INDEX "adviser_assignment_adviser_id_valid_to_idx" ON "adviser_assignment"("adviser_id", "valid_to");
CREATE INDEX "adviser_assignment_municipality_code_valid_to_idx" ON "adviser_assignment"("municipality_code", "valid_to");
CREATE UNIQUE INDEX "approach_municipality_code_year_key" ON "approach"("municipality_code", "year");
CREATE INDEX "approach_year_idx" ON "approach"("year");
CREATE INDEX "approach_track_track_code_idx" ON "approach_track"("track_code");
CREATE INDEX "approach_pillar_pillar_number_assessment_idx" ON "approach_pillar"("pillar_number", "assessment");
CREATE INDEX "initiative_municipality_code_status_idx" ON "initiative"("municipality_code", "status");
CREATE INDEX "initiative_visibility_idx" ON "initiative"("visibility");
CREATE INDEX "initiative_track_track_code_idx" ON "initiative_track"("track_code");
CREATE INDEX "initiative_pillar_pillar_number_idx" ON "initiative_pillar"("pillar_number");
CREATE INDEX "initiative_partner_initiative_id_idx" ON "initiative_partner"("initiative_id");
CREATE UNIQUE INDEX "survey_round_year_key" ON "survey_round"("year");
CREATE INDEX "question_section_key_sort_order_idx" ON "question"("section_key", "sort_order");
CREATE INDEX "round_question_question_key_idx" ON "round_question"("question_key");
CREATE UNIQUE INDEX "survey_response_round_id_municipality_code_key" ON "survey_response"("round_id", "municipality_code");
CREATE INDEX "survey_response_round_id_status_idx" ON "survey_response"("round_id", "status");
CREATE INDEX "survey_response_municipality_code_idx" ON "survey_response"("municipality_code");
CREATE UNIQUE INDEX "answer_response_id_question_key_key" ON "answer"("response_id", "question_key");
CREATE INDEX "answer_question_key_idx" ON "answer"("question_key");
CREATE INDEX "answer_choice_question_key_option_key_idx" ON "answer_choice"("question_key", "option_key");
CREATE INDEX "review_comment_response_id_idx" ON "review_comment"("response_id");
CREATE INDEX "advice_entry_municipality_code_date_idx" ON "advice_entry"("municipality_code", "date");
CREATE INDEX "advice_entry_adviser_id_idx" ON "advice_entry"("adviser_id");
CREATE INDEX "follow_up_advice_entry_id_idx" ON "follow_up"("advice_entry_id");
CREATE INDEX "follow_up_due_date_done_at_idx" ON "follow_up"("due_date", "done_at");
CREATE INDEX "audit_event_entity_entity_id_idx" ON "audit_event"("entity", "entity_id");
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at");
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- Foreign keys
ALTER TABLE "ggd_region" ADD CONSTRAINT "ggd_region_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_ggd_region_code_fkey" FOREIGN KEY ("ggd_region_code") REFERENCES "ggd_region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_successor_code_fkey" FOREIGN KEY ("successor_code") REFERENCES "municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "membership" ADD CONSTRAINT "membership_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "adviser_assignment" ADD CONSTRAINT "adviser_assignment_adviser_id_fkey" FOREIGN KEY ("adviser_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "adviser_assignment" ADD CONSTRAINT "adviser_assignment_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "approach" ADD CONSTRAINT "approach_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "approach_track" ADD CONSTRAINT "approach_track_approach_id_fkey" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "approach_track" ADD CONSTRAINT "approach_track_track_code_fkey" FOREIGN KEY ("track_code") REFERENCES "track"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "approach_pillar" ADD CONSTRAINT "approach_pillar_approach_id_fkey" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "approach_pillar" ADD CONSTRAINT "approach_pillar_pillar_number_fkey" FOREIGN KEY ("pillar_number") REFERENCES "pillar"("number") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "initiative_track" ADD CONSTRAINT "initiative_track_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "initiative_track" ADD CONSTRAINT "initiative_track_track_code_fkey" FOREIGN KEY ("track_code") REFERENCES "track"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "initiative_pillar" ADD CONSTRAINT "initiative_pillar_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "initiative_pillar" ADD CONSTRAINT "initiative_pillar_pillar_number_fkey" FOREIGN KEY ("pillar_number") REFERENCES "pillar"("number") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "initiative_partner" ADD CONSTRAINT "initiative_partner_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "question" ADD CONSTRAINT "question_section_key_fkey" FOREIGN KEY ("section_key") REFERENCES "question_section"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "question" ADD CONSTRAINT "question_condition_key_fkey" FOREIGN KEY ("condition_key") REFERENCES "question"("key") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "question_option" ADD CONSTRAINT "question_option_question_key_fkey" FOREIGN KEY ("question_key") REFERENCES "question"("key") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "round_question" ADD CONSTRAINT "round_question_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "survey_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "round_question" ADD CONSTRAINT "round_question_question_key_fkey" FOREIGN KEY ("question_key") REFERENCES "question"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "survey_round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "answer" ADD CONSTRAINT "answer_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "answer" ADD CONSTRAINT "answer_question_key_fkey" FOREIGN KEY ("question_key") REFERENCES "question"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "answer_choice" ADD CONSTRAINT "answer_choice_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "answer_choice" ADD CONSTRAINT "answer_choice_question_key_option_key_fkey" FOREIGN KEY ("question_key", "option_key") REFERENCES "question_option"("question_key", "key") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "advice_entry" ADD CONSTRAINT "advice_entry_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "advice_entry" ADD CONSTRAINT "advice_entry_adviser_id_fkey" FOREIGN KEY ("adviser_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_advice_entry_id_fkey" FOREIGN KEY ("advice_entry_id") REFERENCES "advice_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express (the drift test knows these by name).
-- At most one current adviser per municipality, and one current membership per user.
CREATE UNIQUE INDEX "adviser_assignment_one_current" ON "adviser_assignment"("municipality_code") WHERE "valid_to" IS NULL;
CREATE UNIQUE INDEX "membership_one_current" ON "membership"("user_id") WHERE "valid_to" IS NULL;

-- The audit trail is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "audit_event_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
