#!/usr/bin/env node
// Runs `prisma generate` without network access.
// The Prisma 7 CLI insists on locating its native schema engine before `generate`, although generate
// never executes it (the client runs on the WebAssembly query compiler). Offline the engine download
// fails, so we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file. See docs/decisions/002-migrations.md.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (!existsSync(path.join(root, "prisma", "schema.prisma"))) process.exit(0);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
const bin = path.join(root, "node_modules", "prisma", "build", "index.js");
const r = spawnSync(process.execPath, [bin, "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(r.status ?? 1);
