// Barrel of the whole-document functions (diff and merge); re-exported by src/index.ts.
export * from "./diffPlanDocuments.js";
export * from "./mergePlanDocuments.js";
