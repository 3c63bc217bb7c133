// Φ(z), the standard normal distribution function, to about 1e-15 relative accuracy (the Chebyshev fit of
// erfc in Numerical Recipes, 3rd ed., §6.2.2). Turns a normal stream of the shock bank into a
// uniform one, so draws that are not normal (counts, events) share the bank's common random numbers.

const SQRT1_2 = Math.SQRT1_2;

/** erfc(x) for x ≥ 0. */
function erfcCheb(x: number): number {
  const t = 2 / (2 + x);
  const ty = 4 * t - 2;
  const c = [
    -1.3026537197817094, 6.419697923564902e-1, 1.9476473204185836e-2, -9.561514786808631e-3,
    -9.46595344482036e-4, 3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5, -1.624290004647e-6,
    1.30365583558e-6, 1.5626441722e-8, -8.5238095915e-8, 6.529054439e-9, 5.059343495e-9, -9.91364156e-10,
    -2.27365122e-10, 9.6467911e-11, 2.394038e-12, -6.886027e-12, 8.94487e-13, 3.13092e-13, -1.12708e-13,
    3.81e-16, 7.106e-15, -1.523e-15, -9.4e-17, 1.21e-16, -2.8e-17,
  ];
  let d = 0;
  let dd = 0;
  for (let j = c.length - 1; j > 0; j--) {
    const tmp = d;
    d = ty * d - dd + c[j]!;
    dd = tmp;
  }
  return t * Math.exp(-x * x + 0.5 * (c[0]! + ty * d) - dd);
}

/** P(Z ≤ z) for a standard normal Z; Φ(0) = 0.5 exactly. */
export function normalCdf(z: number): number {
  if (z === 0) return 0.5;
  if (Number.isNaN(z)) return Number.NaN;
  const x = Math.abs(z) * SQRT1_2;
  const tail = 0.5 * erfcCheb(x);
  return z < 0 ? tail : 1 - tail;
}

const uniformCache = new WeakMap<Float64Array, Float64Array>();

/** Φ of every draw of a (shared, never written) normal stream, computed once per stream. */
export function uniformsOf(normals: Float64Array): Float64Array {
  let u = uniformCache.get(normals);
  if (!u) {
    u = new Float64Array(normals.length);
    for (let i = 0; i < normals.length; i++) u[i] = normalCdf(normals[i]!);
    uniformCache.set(normals, u);
  }
  return u;
}
