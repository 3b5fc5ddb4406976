import fc from "fast-check";

// Deterministic property tests in CI: one seed for every run unless FC_SEED says otherwise.
const seed = Number(process.env.FC_SEED ?? 20181229);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 200) });
