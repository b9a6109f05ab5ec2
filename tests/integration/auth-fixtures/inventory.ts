// What exists, read from the source files: every server action (exports of "use server" files), every
// route handler method (app/**/route.ts) and every export of lib/**/queries.ts. The meta-test compares this
// with the matrix, so nothing can be added without deciding who may use it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(path.join(ROOT, dir))) {
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel.split(path.sep).join("/"));
  }
  return out;
}

/** Value exports (functions and consts), not types. */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z0-9_$]+)/gm)) names.add(m[1]!);
  for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(",")) {
      const spec = part.trim();
      if (!spec || spec.startsWith("type ")) continue;
      names.add(spec.split(/\s+as\s+/).pop()!.trim());
    }
  }
  return [...names];
}

const isUseServer = (source: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(source);
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

export type Item = { kind: "action" | "route" | "query"; file: string; name: string; takesViewer: boolean };

export function inventory(): Item[] {
  const items: Item[] = [];
  for (const file of [...walk("lib"), ...walk("app")]) {
    const source = read(file);
    if (isUseServer(source)) for (const name of exportedNames(source)) items.push({ kind: "action", file, name, takesViewer: false });
    if (file.startsWith("app/") && /\/route\.tsx?$/.test(file)) {
      for (const name of exportedNames(source).filter((n) => METHODS.has(n))) items.push({ kind: "route", file, name, takesViewer: false });
    }
    // Reads live in queries.ts, or in a <topic>-queries.ts beside it when one file would grow too long.
    if (file.startsWith("lib/") && /\/([a-z-]+-)?queries\.ts$/.test(file)) {
      for (const name of exportedNames(source)) {
        const decl = source.match(new RegExp(`^export\\s+(?:async\\s+)?(?:function|const)\\s+${name}\\b[^\\n]*`, "m"))?.[0] ?? "";
        items.push({ kind: "query", file, name, takesViewer: /\bviewer\s*:/.test(decl) });
      }
    }
  }
  return items;
}
