import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globbySync } from 'globby';
import ts from 'typescript';

export type ImportKind = 'import' | 'import type' | 'export from' | 'dynamic import()' | 'type import()';

/** One module specifier as written in a file. */
export interface ImportSite {
  specifier: string;
  kind: ImportKind;
  line: number;
}

/** One import between two files of the project, paths relative to the repository root. */
export interface ImportEdge {
  from: string;
  to: string;
  specifier: string;
  kind: ImportKind;
  line: number;
}

/**
 * Every module specifier in a TypeScript file: static and type-only imports, `export … from`,
 * `import()` calls and `import('…')` in type positions. Read from the syntax tree, so specifiers
 * in comments and strings do not count.
 */
export function importSites(fileName: string, text: string): ImportSite[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const sites: ImportSite[] = [];
  const add = (literal: ts.Node, kind: ImportKind) => {
    if (!ts.isStringLiteralLike(literal)) return;
    sites.push({ specifier: literal.text, kind, line: source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, isTypeOnlyImport(node) ? 'import type' : 'import');
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, 'export from');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments.length > 0) {
      add(node.arguments[0], 'dynamic import()');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'type import()');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/**
 * The project file a relative specifier names (`./x.js` is compiled from `./x.ts`), or undefined
 * for a package (`yaml`, `node:fs`): packages sit outside the layers.
 */
export function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return target.replace(/\.js$/, '.ts');
}

/** The import graph of the given files (globs relative to root); an import of a file outside them is an error. */
export function projectImports(root: string, globs: readonly string[]): { files: string[]; edges: ImportEdge[]; unresolved: ImportEdge[] } {
  const files = globbySync([...globs], { cwd: root }).sort();
  const known = new Set(files);
  const edges: ImportEdge[] = [];
  const unresolved: ImportEdge[] = [];
  for (const file of files) {
    for (const site of importSites(file, readFileSync(path.join(root, file), 'utf8'))) {
      const to = resolveSpecifier(file, site.specifier);
      if (to === undefined) continue;
      (known.has(to) ? edges : unresolved).push({ from: file, to, ...site });
    }
  }
  return { files, edges, unresolved };
}
