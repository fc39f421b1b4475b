// The architecture rules of docs/architecture.md, checked by `npm run lint:architecture` (part of `npm test`)
// and shown to fail on forbidden imports by tools/architecture/architecture-rules.test.ts.

/**
 * Cycles other changes are removing — temporary, delete each entry with its cycle:
 * - auth ↔ users, and http ↔ auth through http/authenticate.ts (sessions and users are being split);
 * - institutions ↔ import-jobs, and modules ↔ seed through seed/bulk-insert.ts (the sheet-import kernel and
 *   bulk insert move to apps/server/src/platform/).
 * The folder-cycle rule skips these folders, and the cycle check does not see the two files' edges.
 * One more is listed in .dependency-cruiser-known-violations.json: the web's module list lazily loads the
 * home page, which links back to the list.
 */
const KNOWN_CYCLE_FOLDERS = ["^$"];
const KNOWN_CYCLE_FILES = ["^apps/server/src/http/authenticate\\.ts$"];

/**
 * Modules that still import another module's tables or queries, "from -> to" folder names. Temporary:
 * each pair moves to the owner's service (or a read model the owner publishes) and leaves this list.
 */
const KNOWN_FOREIGN_TABLE_IMPORTS = [
  // Sessions read the user row they belong to (being reworked with auth ↔ users).
  ["auth", "users"],
];

const MODULES = "^apps/server/src/modules/";

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "packages/domain holds pure rules: it imports no server, web, tool or test-harness code.",
      severity: "error",
      from: { path: "^packages/domain/" },
      to: { path: "^(apps|e2e|bench|scripts|tools)/" },
    },
    {
      name: "domain-no-io",
      comment:
        "packages/domain uses no Node built-in (fs, net, http …) and only its pure libraries (no db, no web).",
      severity: "error",
      from: { path: "^packages/domain/" },
      to: {
        dependencyTypesNot: ["local", "localmodule", "aliased-workspace"],
        pathNot: "node_modules/(@noble/hashes|yaml|zod|fast-check|vitest)/",
      },
    },
    {
      name: "web-not-server",
      comment: "The web reaches the server over HTTP only.",
      severity: "error",
      from: { path: "^apps/web/" },
      to: { path: "^apps/server/" },
    },
    {
      name: "server-not-web",
      comment: "The server never imports the web or React.",
      severity: "error",
      from: { path: "^apps/server/" },
      to: { path: "(^apps/web/|node_modules/(react|react-dom|antd)/)" },
    },
    {
      name: "no-file-cycles",
      comment: "No import cycles between files.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-module-cycles",
      comment:
        "Server folders (modules, http, db …) form a tree: no folder reaches back to one that imports it.",
      severity: "error",
      scope: "folder",
      from: { path: "^apps/server/src/", pathNot: KNOWN_CYCLE_FOLDERS },
      to: { circular: true, pathNot: KNOWN_CYCLE_FOLDERS },
    },
    {
      name: "module-owns-its-tables",
      comment:
        "A module reaches another only through its service, never its *.tables.ts or *.queries.ts. " +
        "Shared: the org tree (org-units).",
      severity: "error",
      from: {
        path: `${MODULES}([^/]+)/`,
        pathNot: KNOWN_FOREIGN_TABLE_IMPORTS.map(([from]) => `${MODULES}${from}/`),
      },
      to: {
        path: `${MODULES}[^/]+/[^/]+\\.(tables|queries)\\.ts$`,
        pathNot: [`${MODULES}$1/`, `${MODULES}org-units/`],
      },
    },
    ...KNOWN_FOREIGN_TABLE_IMPORTS.map(([from, to]) => ({
      name: "module-owns-its-tables",
      comment: `Allowlisted: ${from} may still import ${to}'s tables, nobody else's.`,
      severity: "error",
      from: { path: `${MODULES}${from}/` },
      to: {
        path: `${MODULES}[^/]+/[^/]+\\.(tables|queries)\\.ts$`,
        pathNot: [`${MODULES}${from}/`, `${MODULES}org-units/`, `${MODULES}${to}/`],
      },
    })),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Tests and their fixtures may set up any table; the rules hold for the code that ships.
    exclude: {
      path: [
        "(^|/)(node_modules|dist|data)/|\\.test\\.tsx?$|\\.e2e\\.ts$|[.-]fixtures?\\.ts$|^apps/server/src/test/",
        ...KNOWN_CYCLE_FILES,
      ],
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
