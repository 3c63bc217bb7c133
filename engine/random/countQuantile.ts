// The whole-number count whose distribution function first reaches u: the inverse CDF of a Poisson with
// mean `mean`, or of a negative binomial with that mean and variance mean·(1 + mean/dispersion). Inverting
// a fixed uniform per path and year keeps common random numbers: a higher mean never gives a lower count
// on the same path, so a slider moves results smoothly and monotonically.

/** Beyond this the first probability underflows: a normal approximation with continuity correction. */
const TINY = 1e-300;

export function countQuantile(u: number, mean: number, dispersion?: number): number {
  if (!(mean >= 0) || Number.isNaN(u)) return Number.NaN;
  if (mean === 0) return 0;
  const nb = dispersion !== undefined && Number.isFinite(dispersion);
  // P(0) and the ratio P(k+1)/P(k) = (a + b·k)/(k + 1).
  const p0 = nb ? (dispersion / (dispersion + mean)) ** dispersion : Math.exp(-mean);
  if (p0 < TINY) {
    const variance = nb ? mean * (1 + mean / dispersion) : mean;
    return Math.max(0, Math.round(mean + Math.sqrt(variance) * inverseNormal(u)));
  }
  const q = nb ? mean / (dispersion + mean) : 0;
  let k = 0;
  let p = p0;
  let F = p0;
  const cap = 50 + 20 * mean * (nb ? 1 + mean / dispersion : 1);
  while (F < u && k < cap) {
    p *= nb ? ((k + dispersion) * q) / (k + 1) : mean / (k + 1);
    k++;
    F += p;
    if (p === 0) break;
  }
  return k;
}

/** Φ⁻¹(u) by Acklam's rational approximation (relative error < 1.2e-9), enough for a large-mean count. */
function inverseNormal(u: number): number {
  if (u <= 0) return -Infinity;
  if (u >= 1) return Infinity;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  if (u < pl) {
    const q = Math.sqrt(-2 * Math.log(u));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (u > 1 - pl) return -inverseNormal(1 - u);
  const q = u - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
