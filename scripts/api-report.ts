// The public API report: every export of the three entry points (src/index.ts, src/schemas/index.ts,
// src/data/index.ts) with its kind, read through the TypeScript compiler. test/package/api.test.ts
// compares it with the committed test/package/api-report.json; after a deliberate API change,
// regenerate that file with `npx tsx scripts/api-report.ts --write` and review the diff.
import { writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ENTRY_POINTS = [
  "src/index.ts",
  "src/schemas/index.ts",
  "src/data/index.ts",
  "src/arrow/index.ts",
];
export const REPORT_PATH = join(root, "test/package/api-report.json");

const KINDS: [ts.SymbolFlags, string][] = [
  [ts.SymbolFlags.Function, "function"],
  [ts.SymbolFlags.Class, "class"],
  [ts.SymbolFlags.Enum, "enum"],
  [ts.SymbolFlags.Variable, "variable"],
  [ts.SymbolFlags.Interface, "interface"],
  [ts.SymbolFlags.TypeAlias, "type"],
  [ts.SymbolFlags.Module, "namespace"],
];

function kindsOf(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const kinds: string[] = [];
  for (const [flag, name] of KINDS) {
    if (!(target.flags & flag)) continue;
    if (name === "variable") {
      const decl = target.valueDeclaration;
      const list = decl?.parent;
      const isConst =
        list !== undefined &&
        ts.isVariableDeclarationList(list) &&
        (list.flags & ts.NodeFlags.Const) !== 0;
      kinds.push(isConst ? "const" : "variable");
    } else kinds.push(name);
  }
  // A name re-exported with `export type { … }` carries only its type meaning.
  const typeOnly = symbol.declarations?.some(
    (d) =>
      (ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) ||
      (ts.isImportSpecifier(d) && d.isTypeOnly),
  );
  if (typeOnly) {
    const typeKinds = kinds.filter((k) => ["interface", "type", "class", "enum"].includes(k));
    return `type-only ${typeKinds.join(" + ") || "value"}`;
  }
  return kinds.join(" + ") || "unknown";
}

/** Entry point → export name → kind, names sorted. */
export function apiReport(): Record<string, Record<string, string>> {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (config === undefined) throw new Error("tsconfig.json not readable");
  const files = ENTRY_POINTS.map((f) => join(root, f));
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const report: Record<string, Record<string, string>> = {};
  for (const file of files) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`${file}: no module symbol`);
    const entries = checker
      .getExportsOfModule(moduleSymbol)
      .map((s) => [s.getName(), kindsOf(checker, s)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    report[relative(root, file)] = Object.fromEntries(entries);
  }
  return report;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(apiReport(), null, 2)}\n`;
  if (process.argv.includes("--write")) writeFileSync(REPORT_PATH, text);
  else process.stdout.write(text);
}
