-- Adviser's workspace (issue 5): in-portal notifications (no e-mail). One row per recipient.
-- dedupe_key makes computed notifications (a follow-up that fell due) idempotent per recipient:
-- INSERT … ON CONFLICT DO NOTHING can run on every read without creating duplicates.
-- municipality_code has no foreign key on purpose: a notification is a message, and it outlives merges.

CREATE TYPE "notification_kind" AS ENUM ('QUESTIONNAIRE_SUBMITTED', 'QUESTIONNAIRE_RETURNED', 'FOLLOW_UP_DUE');

CREATE TABLE "notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "kind" "notification_kind" NOT NULL,
    "municipality_code" VARCHAR(6),
    "entity_id" TEXT,
    "dedupe_key" TEXT,
    "params" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),
    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "notification_user_id_dedupe_key_key" ON "notification"("user_id", "dedupe_key");
CREATE INDEX "notification_user_id_read_at_idx" ON "notification"("user_id", "read_at");
CREATE INDEX "notification_user_id_created_at_idx" ON "notification"("user_id", "created_at");

ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
