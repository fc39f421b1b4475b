/**
 * Builds the server once into apps/server/dist/main.js, so `npm start` runs plain JavaScript instead of
 * loading some 400 modules through the TypeScript loader on every start. Workspace code (the server, the
 * domain rules, the synthetic-city generator) is bundled; npm packages stay where npm put them.
 *
 * Files the server reads beside its sources (migrations, the shipped plan) are found from
 * `import.meta.url`; each bundled module keeps its own source file's URL, so those paths do not move.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SERVER_BUNDLE = path.join(ROOT, "apps/server/dist/main.js");
/** Everything the bundle is made of: a change here makes the built server stale. */
export const SERVER_SOURCES = [
  path.join(ROOT, "apps/server/src"),
  path.join(ROOT, "packages/domain/src"),
  path.join(ROOT, "tools/synthetic-city"),
  path.join(ROOT, "apps/server/package.json"),
  path.join(ROOT, "package-lock.json"),
];

/** npm packages stay external; workspace packages (@edubureau/*) and relative imports are bundled. */
const externalPackages: Plugin = {
  name: "external-packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@edubureau/") || args.path.startsWith("node:")
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

/** `import.meta.url` of each module as it was in the source tree. */
const sourceUrls: Plugin = {
  name: "source-urls",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

export async function buildServer(): Promise<void> {
  await build({
    entryPoints: [path.join(ROOT, "apps/server/src/main.ts")],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
    plugins: [externalPackages, sourceUrls],
  });
}

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .filter((name) => name !== "node_modules" && name !== "dist")
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** True when a build is missing or older than any of `sources`. */
export function isStale(built: string, sources: readonly string[]): boolean {
  if (!fs.existsSync(built)) return true;
  const newestSource = Math.max(...sources.filter((s) => fs.existsSync(s)).map(newestMtime));
  return newestSource > fs.statSync(built).mtimeMs;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
  console.log(`已构建服务端 built the server: ${path.relative(ROOT, SERVER_BUNDLE)}`);
}
