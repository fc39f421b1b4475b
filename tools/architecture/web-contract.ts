import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The web's types of server answers come from the generated contract (app/api-schema.ts through the
 * aliases of app/api-contract.ts), never from hand-written copies. This finds what would bring copies back:
 * - a `*-types.ts` file that declares a shape (an interface or an object type) instead of aliasing the
 *   contract — the old mirrors of the server's `*.schemas.ts` were such files;
 * - a call of the untyped client (`api.get<T>(…)`, `api.post<T>(…)` …), which casts the answer unchecked;
 * - the earlier hand-typed client, `app/api-legacy.ts`, or an import of it.
 * Answers "file: what" for each finding, paths relative to `webSrc`.
 */
export function handWrittenContract(webSrc: string): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(webSrc)) {
    const relative = path.relative(webSrc, file).split(path.sep).join("/");
    if (/(^|\/)api-legacy\.tsx?$/.test(relative)) found.push(`${relative}: the hand-typed client`);
    const text = fs.readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const mirror = /-types\.tsx?$/.test(relative);
    const visit = (node: ts.Node): void => {
      if (mirror && ts.isInterfaceDeclaration(node)) {
        found.push(`${relative}: interface ${node.name.text}`);
      }
      if (mirror && ts.isTypeAliasDeclaration(node) && declaresShape(node.type)) {
        found.push(`${relative}: type ${node.name.text}`);
      }
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        /(^|\/)api-legacy(\.tsx?)?$/.test(node.moduleSpecifier.text)
      ) {
        found.push(`${relative}: imports ${node.moduleSpecifier.text}`);
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === "api" &&
        /^(get|post|put|patch|delete)$/.test(node.expression.name.text)
      ) {
        found.push(`${relative}: untyped api.${node.expression.name.text}()`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** An object type written out (also inside a union, intersection or array) rather than taken from the contract. */
function declaresShape(type: ts.TypeNode): boolean {
  if (ts.isTypeLiteralNode(type) || ts.isMappedTypeNode(type)) return true;
  if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) return type.types.some(declaresShape);
  if (ts.isArrayTypeNode(type)) return declaresShape(type.elementType);
  if (ts.isParenthesizedTypeNode(type)) return declaresShape(type.type);
  return false;
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "dist") files.push(...sourceFiles(full));
    } else if (/\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}
