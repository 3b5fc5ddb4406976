// What an editor shows on hover: the named model types, not the expanded zod structures. The
// TypeScript checker prints the type of each expression the way an editor's quick info does.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const file = join(process.cwd(), "test/types/hover-fixture.ts");
const source = `
import { assessIndicator, buildProgressReport, generatePlanSkeleton } from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";
const document = parsePlanDocument({});
const indicator = document.indicators[0]!;
const target = indicator.targets[0]!;
const observation = document.observations[0]!;
const plan = document.plans[0]!;
const phase = plan.phases[0]!;
const report = buildProgressReport(document, { asOf: 2024 });
const assessment = assessIndicator(indicator, document.observations, { asOf: "2024-06" });
const skeleton = generatePlanSkeleton(document, plan.id);
`;

function hovers(): Map<string, string> {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || exists(name);
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name === file ? ts.createSourceFile(name, source, version) : getSource(name, version);
  const program = ts.createProgram([file], options, host);
  const checker = program.getTypeChecker();
  const out = new Map<string, string>();
  const sf = program.getSourceFile(file);
  sf?.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const d of node.declarationList.declarations)
      out.set(d.name.getText(sf), checker.typeToString(checker.getTypeAtLocation(d.name)));
  });
  return out;
}

describe("hovers show the model's names", () => {
  it("documents, plans, indicators, targets, observations, reports and assessments", () => {
    expect(Object.fromEntries(hovers())).toEqual({
      document: "PlanDocument",
      indicator: "Indicator",
      target: "Target",
      observation: "Observation",
      plan: "Plan",
      phase: "Phase",
      report: "ProgressReportJson",
      assessment: "IndicatorAssessment",
      skeleton: "PlanSkeleton",
    });
  });
});
