// Barrel of the progress functions; re-exported by src/index.ts.
export {};
