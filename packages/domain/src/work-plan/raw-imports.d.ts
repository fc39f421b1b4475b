// Tests read shipped plan data with Vite's `?raw` import: packages/domain may not import node:fs
// (lint rule) and compiles without Node types, so the text arrives as a module instead.
declare module "*.yaml?raw" {
  const text: string;
  export default text;
}
