import fs from "node:fs";
import path from "node:path";

/**
 * Raw SQL (`sql\`… from plan_tasks …\``) names tables without importing them, so the import check cannot see
 * it. This finds, per module, the tables of other modules its shipped code names after from/join/update/into.
 */
export function foreignSqlReads(modulesDir: string): Map<string, Set<string>> {
  const modules = fs
    .readdirSync(modulesDir)
    .filter((m) => fs.statSync(path.join(modulesDir, m)).isDirectory());
  const owner = new Map<string, string>();
  const sources: { module: string; file: string; text: string }[] = [];
  for (const module of modules) {
    for (const file of fs.readdirSync(path.join(modulesDir, module))) {
      if (!file.endsWith(".ts") || /\.test\.ts$|[.-]fixtures?\.ts$/.test(file)) continue;
      const text = fs.readFileSync(path.join(modulesDir, module, file), "utf8");
      sources.push({ module, file, text });
      if (file.endsWith(".tables.ts")) {
        for (const [, table] of text.matchAll(/pgTable\(\s*"([a-z0-9_]+)"/g))
          if (table) owner.set(table, module);
      }
    }
  }
  const reads = new Map<string, Set<string>>();
  for (const { module, file, text } of sources) {
    for (const [, table] of text.matchAll(/\b(?:from|join|update|into)\s+([a-z_][a-z0-9_]*)/gi)) {
      const tableOwner = table && owner.get(table);
      if (!tableOwner || tableOwner === module) continue;
      const pair = `${module} -> ${tableOwner}`;
      reads.set(pair, (reads.get(pair) ?? new Set()).add(`${file}: ${table}`));
    }
  }
  return reads;
}
