// JSON that gives back exactly the numbers it was given. Plain JSON writes NaN and ±Infinity as null and -0
// as 0, and a `Float64Array` as an object of indices; the shipped 基准 result (build/computeShippedBaseline.ts)
// holds all of these — an indicator without a base is NaN on every path — and a null read back into a
// Float64Array is 0, which the dashboard showed as "0%" where the worker's own run shows "—".
// Typed arrays travel as `{ f64: [...] }`, a number JSON cannot hold as `{ num: "NaN" | "Infinity" |
// "-Infinity" | "-0" }` (inside an f64 array: the bare string). Finite numbers keep JSON's shortest round-trip
// decimals, which read back to the same bits.

type Special = 'NaN' | 'Infinity' | '-Infinity' | '-0';

function special(x: number): Special | null {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return 'Infinity';
  if (x === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (Object.is(x, -0)) return '-0';
  return null;
}

const SPECIAL_VALUES: Record<Special, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-0': -0,
};

function isSpecial(s: unknown): s is Special {
  return typeof s === 'string' && Object.hasOwn(SPECIAL_VALUES, s);
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Float64Array) return { f64: Array.from(value, (x) => special(x) ?? x) };
  if (typeof value === 'number') {
    const s = special(value);
    return s === null ? value : { num: s };
  }
  return value;
}

/** A typed array or a special number written by `replacer`, restored; anything else as it is. */
function restoredLeaf(o: Record<string, unknown>): unknown {
  const keys = Object.keys(o);
  if (keys.length !== 1) return undefined;
  if (Array.isArray(o.f64)) {
    const xs = o.f64 as unknown[];
    const out = new Float64Array(xs.length);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = typeof x === 'number' ? x : isSpecial(x) ? SPECIAL_VALUES[x] : Number(x);
    }
    return out;
  }
  if (isSpecial(o.num)) return SPECIAL_VALUES[o.num];
  return undefined;
}

/**
 * Restores in place, depth first. A walk after a plain JSON.parse rather than a reviver: JSON.parse calls a
 * reviver for every value, each number of every array included, and that took 55–70 ms of the page's first
 * paint for the shipped 基准 (≈ 200 KB); the walk visits objects and arrays only.
 */
function restore(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v !== null && typeof v === 'object') value[i] = restore(v);
    }
    return value;
  }
  const o = value as Record<string, unknown>;
  const leaf = restoredLeaf(o);
  if (leaf !== undefined) return leaf;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v !== null && typeof v === 'object') o[k] = restore(v);
  }
  return o;
}

export function toExactJson(value: unknown): string {
  return JSON.stringify(value, replacer);
}

export function fromExactJson(text: string): unknown {
  const value = JSON.parse(text);
  // Text without either marker holds nothing to restore (JSON.stringify writes each exactly so): the shipped
  // plan has no typed array and no special number, and the walk over its ≈ 1,200 objects, in code that had
  // never run, cost 3–6 ms of every page's start for nothing (JSON.parse itself: 0.8 ms).
  return text.includes('{"f64":') || text.includes('{"num":') ? restore(value) : value;
}
