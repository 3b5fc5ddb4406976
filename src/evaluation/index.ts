// Barrel of the evaluation functions; re-exported by src/index.ts.
export {};
