// Extracts every ```ts fence under an @example tag in src/**/*.ts and writes one vitest file per
// source file to test/doctest/ (gitignored). Inside a fence:
//   expr // => value      becomes  expect(expr).toStrictEqual(value)
//   expr // ~> 0.8175     becomes  expect(expr).toBeCloseTo(0.8175, 4)  (decimals as written)
//   a line "// => value" right after an expression line asserts that expression.
// Imports from "cast-plan", "cast-plan/schemas" and "cast-plan/data" are resolved to src/.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const root = process.cwd();
const outDir = join(root, "test", "doctest");
const entries = {
  "cast-plan": "src/index.ts",
  "cast-plan/schemas": "src/schemas/index.ts",
  "cast-plan/data": "src/data/index.ts",
  "cast-plan/arrow": "src/arrow/index.ts",
};

// Other packages an example may import as they are (devDependencies: the optional peers).
const PACKAGES = ["apache-arrow"];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

function transform(code, file, fromDir, typeImports) {
  const imports = [];
  const body = [];
  let pending = [];
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+["']([^"']+)["'];?\s*$/.exec(line.trim());
    if (imp) {
      const target = entries[imp[3]];
      if (!target && !PACKAGES.includes(imp[3]))
        throw new Error(`${file}: example imports unknown module ${imp[3]}`);
      const rel = JSON.stringify(
        target
          ? relative(fromDir, join(root, target)).replaceAll("\\", "/").replace(/\.ts$/, ".js")
          : imp[3],
      );
      const all = imp[2]
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      // Type-only names are imported at the top of the generated file (erased at run time).
      const types = imp[1]
        ? all
        : all.filter((s) => s.startsWith("type ")).map((s) => s.slice(5).trim());
      for (const t of types) typeImports.add(`import type { ${t} } from ${rel};`);
      const names = imp[1] ? [] : all.filter((s) => !s.startsWith("type "));
      if (names.length > 0) imports.push(`const { ${names.join(", ")} } = await import(${rel});`);
      continue;
    }
    const inline = /^(.*\S)\s*\/\/ (=>|~>) (.+)$/.exec(line);
    const alone = /^\s*\/\/ (=>|~>) (.+)$/.exec(line);
    if (inline && !/^\s*\/\//.test(inline[1])) {
      // The asserted expression may span lines: everything since the last complete statement.
      body.push(
        assertion([...pending, inline[1]].join("\n").replace(/;\s*$/, ""), inline[2], inline[3]),
      );
      pending = [];
    } else if (alone) {
      const expr = pending.length > 0 ? pending.join("\n") : body.pop();
      pending = [];
      if (expr === undefined) throw new Error(`${file}: "// =>" with no expression before it`);
      body.push(assertion(expr.replace(/;\s*$/, ""), alone[1], alone[2]));
    } else if (/;\s*$/.test(line) || line.trim() === "" || /^\s*\/\//.test(line)) {
      body.push(...pending, line);
      pending = [];
    } else {
      pending.push(line);
    }
  }
  body.push(...pending);
  return [...imports, ...body].join("\n");
}

function assertion(expr, kind, expected) {
  if (kind === "~>") {
    const decimals = (expected.split(".")[1] ?? "").length;
    return `expect(${expr}).toBeCloseTo(${expected}, ${decimals});`;
  }
  return `expect(${expr}).toStrictEqual(${expected});`;
}

rmSync(outDir, { recursive: true, force: true });
let count = 0;
const documented = new Set();
for (const file of walk(join(root, "src"))) {
  const text = readFileSync(file, "utf8");
  const tests = [];
  const typeImports = new Set();
  for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\n([^\n]*)/g)) {
    const doc = block[1]
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n");
    const declaration = /(?:function|const|class|type|interface)\s+([A-Za-z0-9_$]+)/.exec(block[2]);
    const name = declaration ? declaration[1] : "(anonymous)";
    const fromDir = dirname(join(outDir, relative(join(root, "src"), file)));
    const examples = [...doc.matchAll(/@example[^\n]*\n```ts\n([\s\S]*?)```/g)];
    if (examples.length > 0) documented.add(name);
    examples.forEach((m, k) => {
      tests.push(
        `  it(${JSON.stringify(`${name} example ${k + 1}`)}, async () => {\n${transform(
          m[1],
          file,
          fromDir,
          typeImports,
        )
          .split("\n")
          .map((l) => `    ${l}`)
          .join("\n")}\n  });`,
      );
    });
  }
  if (tests.length === 0) continue;
  count += tests.length;
  const rel = relative(join(root, "src"), file);
  const out = join(outDir, `${rel.replace(/\.ts$/, "")}.doctest.test.ts`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `// Generated by scripts/doctest.mjs from src/${rel}: do not edit.\nimport { describe, expect, it } from "vitest";\n${[...typeImports].join("\n")}\n\ndescribe(${JSON.stringify(`@example in src/${rel}`)}, () => {\n${tests.join("\n")}\n});\n`,
  );
}
// The guides: every ```ts block of docs/guides/*.md runs (and is type-checked by tsc, like the
// examples); a block marked ```ts illustrative is a sketch, skipped and counted.
let guideBlocks = 0;
let illustrative = 0;
const guidesDir = join(root, "docs", "guides");
for (const name of readdirSync(guidesDir).filter((n) => n.endsWith(".md"))) {
  const file = join(guidesDir, name);
  const text = readFileSync(file, "utf8");
  const tests = [];
  const typeImports = new Set();
  const fromDir = join(outDir, "guides");
  for (const m of text.matchAll(/^```ts( [^\n]*)?\n([\s\S]*?)^```/gm)) {
    if ((m[1] ?? "").trim() === "illustrative") {
      illustrative++;
      continue;
    }
    if (m[1]) throw new Error(`${file}: unknown code block marker "ts${m[1]}"`);
    const line = text.slice(0, m.index).split("\n").length;
    // A guide's block may declare a value to show it, without using it: mark it used for tsc.
    const declared = [...m[2].matchAll(/^(?:const|let) ([A-Za-z_$][\w$]*)/gm)].map((d) => d[1]);
    const code = `${m[2]}${declared.length > 0 ? `void [${declared.join(", ")}];\n` : ""}`;
    tests.push(
      `  it(${JSON.stringify(`docs/guides/${name}:${line}`)}, async () => {\n${transform(
        code,
        file,
        fromDir,
        typeImports,
      )
        .split("\n")
        .map((l) => `    ${l}`)
        .join("\n")}\n  });`,
    );
  }
  if (tests.length === 0) continue;
  guideBlocks += tests.length;
  const out = join(fromDir, `${name.replace(/\.md$/, "")}.guide.test.ts`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `// Generated by scripts/doctest.mjs from docs/guides/${name}: do not edit.\nimport { describe, ${tests.some((t) => t.includes("expect(")) ? "expect, " : ""}it } from "vitest";\n${[...typeImports].join("\n")}\n\ndescribe(${JSON.stringify(`ts blocks in docs/guides/${name}`)}, () => {\n${tests.join("\n")}\n});\n`,
  );
}
console.log(
  `doctest: ${guideBlocks} guide code blocks extracted, ${illustrative} illustrative skipped`,
);
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, "documented.json"),
  `${JSON.stringify([...documented].sort(), null, 2)}\n`,
);
console.log(`doctest: ${count} examples extracted`);
