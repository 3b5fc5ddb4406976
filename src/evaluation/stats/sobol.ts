// Private Monte Carlo estimators of variance-based (Sobol) sensitivity indices: Saltelli et al.
// (2010) first order and Jansen (1999) total effect, on independent inputs.

/** Sobol indices estimated from one sample design. */
export interface SobolEstimate {
  /** The output variance V(Y) over the 2N base evaluations (population variance). */
  variance: number;
  /** The first-order indices S_i = V_i / V(Y). */
  firstOrder: number[];
  /** The total-effect indices S_Ti = V_Ti / V(Y). */
  total: number[];
}

/**
 * Estimates first-order and total-effect indices with the radial design of Saltelli et al. (2010):
 * base matrices A and B (N × k, each input drawn by `draw(i)`), and for each i the matrix AB_i,
 * A with column i from B. `V_i = (1/N) Σ f(B)(f(AB_i) − f(A))` (Saltelli 2010, table 2, b) and
 * `V_Ti = (1/2N) Σ (f(A) − f(AB_i))²` (Jansen 1999, table 2, f); outputs are centred on the mean
 * of f(A) and f(B) first. `model` evaluates N rows of a row-major N × k matrix into `out`. Costs
 * N(k + 2) model evaluations. Returns a variance of 0 (and indices of 0) for a constant output.
 */
export function estimateSobol(
  k: number,
  samples: number,
  draw: (input: number) => number,
  model: (rows: Float64Array, count: number, out: Float64Array) => void,
): SobolEstimate {
  const a = new Float64Array(samples * k);
  const b = new Float64Array(samples * k);
  for (let r = 0; r < samples; r++)
    for (let i = 0; i < k; i++) {
      a[r * k + i] = draw(i);
      b[r * k + i] = draw(i);
    }
  const fa = new Float64Array(samples);
  const fb = new Float64Array(samples);
  const fab = new Float64Array(samples);
  model(a, samples, fa);
  model(b, samples, fb);
  let mean = 0;
  for (let r = 0; r < samples; r++) mean += (fa[r] as number) + (fb[r] as number);
  mean /= 2 * samples;
  let variance = 0;
  for (let r = 0; r < samples; r++) {
    fa[r] = (fa[r] as number) - mean;
    fb[r] = (fb[r] as number) - mean;
    variance += (fa[r] as number) ** 2 + (fb[r] as number) ** 2;
  }
  variance /= 2 * samples;
  const firstOrder: number[] = [];
  const total: number[] = [];
  const ab = new Float64Array(samples * k);
  for (let i = 0; i < k; i++) {
    ab.set(a);
    for (let r = 0; r < samples; r++) ab[r * k + i] = b[r * k + i] as number;
    model(ab, samples, fab);
    let first = 0;
    let jansen = 0;
    for (let r = 0; r < samples; r++) {
      const fi = (fab[r] as number) - mean;
      first += (fb[r] as number) * (fi - (fa[r] as number));
      jansen += ((fa[r] as number) - fi) ** 2;
    }
    firstOrder.push(variance === 0 ? 0 : first / samples / variance);
    total.push(variance === 0 ? 0 : jansen / (2 * samples) / variance);
  }
  return { variance, firstOrder, total };
}
