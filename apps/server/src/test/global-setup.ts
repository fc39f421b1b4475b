import type { TestProject } from "vitest/node";
import { pgliteTemplatePath } from "./pglite-template.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/** Runs once per test run: prepares the migrated embedded-database template every test file starts from. */
export default async function setup(project: TestProject): Promise<void> {
  if (process.env.DATABASE_URL) {
    project.provide("pgliteTemplate", "");
    return;
  }
  project.provide("pgliteTemplate", await pgliteTemplatePath());
}
