-- Survey administration (issue 7): reminders with their e-mail outbox, and answer imports
-- (a job row polled for progress, the uploaded file in chunks, validated rows staged for a set-based commit).

CREATE TYPE "mail_status" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED');
CREATE TYPE "import_status" AS ENUM ('UPLOADING', 'VALIDATING', 'INVALID', 'VALID', 'COMMITTING', 'COMMITTED', 'FAILED', 'DISCARDED');

CREATE TABLE "survey_reminder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "round_id" UUID NOT NULL,
    "municipality_code" VARCHAR(6) NOT NULL,
    "response_status" "response_status" NOT NULL,
    "recipient_count" INTEGER NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "survey_reminder_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "mail_message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "to_address" TEXT NOT NULL,
    "to_name" TEXT NOT NULL DEFAULT '',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "mail_status" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "reminder_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "mail_message_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "import_job" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "file_name" TEXT NOT NULL,
    "file_size" INTEGER NOT NULL,
    "file_sha256" TEXT,
    "create_round" BOOLEAN NOT NULL DEFAULT false,
    "status" "import_status" NOT NULL DEFAULT 'UPLOADING',
    "phase" TEXT NOT NULL DEFAULT 'upload',
    "progress_done" INTEGER NOT NULL DEFAULT 0,
    "progress_total" INTEGER NOT NULL DEFAULT 0,
    "row_count" INTEGER NOT NULL DEFAULT 0,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "origin" TEXT NOT NULL DEFAULT 'app',
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committed_at" TIMESTAMPTZ(3),
    CONSTRAINT "import_job_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "import_file_chunk" (
    "job_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    CONSTRAINT "import_file_chunk_pkey" PRIMARY KEY ("job_id", "seq")
);

CREATE TABLE "import_error" (
    "job_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "row_number" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "field" TEXT,
    "value" TEXT,
    "detail" TEXT,
    CONSTRAINT "import_error_pkey" PRIMARY KEY ("job_id", "seq")
);

CREATE TABLE "import_row" (
    "job_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "municipality_code" VARCHAR(6) NOT NULL,
    "question_key" TEXT NOT NULL,
    "value_bool" BOOLEAN,
    "value_text" TEXT,
    "choices" TEXT[],
    CONSTRAINT "import_row_pkey" PRIMARY KEY ("job_id", "row_number")
);

CREATE INDEX "survey_reminder_round_id_municipality_code_idx" ON "survey_reminder"("round_id", "municipality_code");
CREATE INDEX "survey_reminder_municipality_code_idx" ON "survey_reminder"("municipality_code");
CREATE INDEX "mail_message_status_created_at_idx" ON "mail_message"("status", "created_at");
CREATE INDEX "mail_message_reminder_id_idx" ON "mail_message"("reminder_id");
CREATE INDEX "import_job_created_at_idx" ON "import_job"("created_at");

ALTER TABLE "survey_reminder" ADD CONSTRAINT "survey_reminder_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "survey_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "survey_reminder" ADD CONSTRAINT "survey_reminder_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "mail_message" ADD CONSTRAINT "mail_message_reminder_id_fkey" FOREIGN KEY ("reminder_id") REFERENCES "survey_reminder"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "import_file_chunk" ADD CONSTRAINT "import_file_chunk_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "import_error" ADD CONSTRAINT "import_error_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "import_row" ADD CONSTRAINT "import_row_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
