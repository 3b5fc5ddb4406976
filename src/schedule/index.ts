// Barrel of the schedule functions; re-exported by src/index.ts.
export {};
