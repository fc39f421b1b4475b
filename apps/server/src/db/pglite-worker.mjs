// The embedded engine's worker thread starts here: worker threads do not inherit the TypeScript loader, so
// this plain module registers it and loads the worker itself (pglite-worker.ts).
import { register } from "tsx/esm/api";

register();
await import("./pglite-worker.ts");
