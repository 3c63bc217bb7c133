// The plain-JavaScript reference of the benchmark: the same model and draws, each kernel's expression turned
// into a JavaScript loop over Float64Arrays (`for (i…) out[i] = …`, host Math for exp/log/pow) — what a
// careful hand-written engine without WebAssembly would do. Bench-only. It covers the base scenario of a
// plan (growth, stock, cumulative, derived, cohort, event and count dynamics, levers and shocks through the
// parameters); the bench checks it agrees with the engine to a stated relative difference. Counts are drawn
// the plain way: each path's Poisson (or negative binomial) CDF walked from 0 with host Math.exp/pow.
import type { CompiledKernel, CompiledModel } from '../../engine/compile/compileModel.ts';
import type { Expr } from '../../engine/compile/formula/Expr.ts';
import type { DrawSource } from '../../engine/run/DrawSource.ts';
import type { RunSetup } from '../../engine/run/resolveScenario.ts';
import { uniformRows } from './uniformRows.ts';

type JsKernel = (
  n: number,
  out: Float64Array,
  o: number,
  inputs: Float64Array[],
  offsets: number[],
  macro: Float32Array,
  own: Float32Array,
  mc: number,
  oc: number,
  year: number,
  t: number,
) => void;

const MATH: Record<string, string> = {
  exp: 'Math.exp',
  log: 'Math.log',
  log10: 'Math.log10',
  pow: 'Math.pow',
  sign: 'Math.sign',
  round: '((x) => (x < 0 ? -Math.round(-x) : Math.round(x)))',
  mod: '((x, y) => (y === 0 ? x : x - y * Math.floor(x / y)))',
};
const BIN: Record<string, string> = { add: '+', sub: '-', mul: '*', div: '/' };
const CMP: Record<string, string> = { lt: '<', gt: '>', le: '<=', ge: '>=', eq: '===', ne: '!==' };

function js(e: Expr): string {
  const truthy = (x: Expr) => `((v) => v !== 0 && v === v)(${js(x)})`;
  switch (e.op) {
    case 'num':
      return `(${e.value})`;
    case 'input':
      return `in${e.k}[o${e.k} + i]`;
    case 'year':
      return 'year';
    case 't':
      return 't';
    case 'noise':
      return '(mc * macro[i] + oc * own[i])';
    case 'not':
      return `(${truthy(e.a)} ? 0 : 1)`;
    case 'neg':
      return `(-${js(e.a)})`;
    case 'abs':
    case 'sqrt':
    case 'floor':
    case 'ceil':
      return `Math.${e.op}(${js(e.a)})`;
    case 'and':
      return `(${truthy(e.a)} && ${truthy(e.b)} ? 1 : 0)`;
    case 'or':
      return `(${truthy(e.a)} || ${truthy(e.b)} ? 1 : 0)`;
    case 'min':
    case 'max':
      return `Math.${e.op}(${js(e.a)}, ${js(e.b)})`;
    case 'if':
      return `(${truthy(e.c)} ? ${js(e.t)} : ${js(e.f)})`;
    case 'call':
      return `${MATH[e.fn]}(${e.args.map(js).join(', ')})`;
    default:
      if (e.op in CMP) return `(${js(e.a)} ${CMP[e.op]} ${js(e.b)} ? 1 : 0)`;
      return `(${js(e.a)} ${BIN[e.op]} ${js(e.b)})`;
  }
}

function compileJs(k: CompiledKernel): JsKernel {
  const unpack = k.inputs.map((_, j) => `const in${j} = inputs[${j}], o${j} = offsets[${j}];`).join('\n');
  const body = `${unpack}\nfor (let i = 0; i < n; i++) out[o + i] = ${js(k.expr)};`;
  return new Function(
    'n',
    'out',
    'o',
    'inputs',
    'offsets',
    'macro',
    'own',
    'mc',
    'oc',
    'year',
    't',
    body,
  ) as JsKernel;
}

/** The count whose CDF first reaches u (the engine's countQuantile, with host Math). */
function countInverse(u: number, mean: number, d?: number): number {
  if (!(mean >= 0) || Number.isNaN(u)) return Number.NaN;
  if (mean === 0) return 0;
  const nb = d !== undefined && Number.isFinite(d);
  const p0 = nb ? (d / (d + mean)) ** d : Math.exp(-mean);
  if (p0 < 1e-300) return Number.NaN; // the engine's normal approximation: not met in the plans benched
  const q = nb ? mean / (d + mean) : 0;
  const cap = 50 + 20 * mean * (nb ? 1 + mean / d : 1);
  let k = 0;
  let p = p0;
  let F = p0;
  while (F < u && k < cap) {
    p *= nb ? ((k + d) * q) / (k + 1) : mean / (k + 1);
    k++;
    F += p;
    if (p === 0) break;
  }
  return k;
}

/** The base scenario's paths, year-major per slot as the engine lays them out. */
export function plainJsSimulate(
  model: CompiledModel,
  setup: RunSetup,
  n: number,
  draws: DrawSource,
): Float64Array[] {
  const { years } = setup;
  const Y = years.length;
  const values = model.indicators.map(() => new Float64Array(Y * n));
  const uniforms = uniformRows(draws);
  const params = new Map(
    setup.parameters.map((p) => {
      const base = new Float64Array(n);
      const z = draws.normals(`param:${p.id}`, n);
      for (let i = 0; i < n; i++)
        base[i] = p.value.sd === 0 ? p.value.mean : p.value.mean + p.value.sd * z[i]!;
      const sizes = p.modifiers.map((m) => {
        const s = new Float64Array(n);
        const zm = draws.normals(m.stream, n);
        for (let i = 0; i < n; i++) s[i] = m.size.sd === 0 ? m.size.mean : m.size.mean + m.size.sd * zm[i]!;
        return s;
      });
      return [p.id, { p, base, sizes, effective: p.modifiers.length > 0 ? new Float64Array(n) : base }];
    }),
  );
  const kernels = new Map<CompiledKernel, JsKernel>();
  const kernelOf = (k: CompiledKernel) => kernels.get(k) ?? kernels.set(k, compileJs(k)).get(k)!;
  const tmp = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const zeros = new Float32Array(n);
  const rings = model.indicators.map((c) => new Float64Array(c.life * n));
  const heads = model.indicators.map(() => 0);
  const call = (
    k: CompiledKernel,
    out: Float64Array,
    o: number,
    y: number,
    macro: Float32Array,
    own: Float32Array,
    mc: number,
    oc: number,
  ) => {
    const inputs = k.inputs.map((inp) =>
      inp.kind === 'parameter' ? params.get(inp.id)!.effective : values[model.slotOf.get(inp.id)!]!,
    );
    const offsets = k.inputs.map((inp) =>
      inp.kind === 'parameter' ? 0 : (inp.prev && y > 0 ? y - 1 : y) * n,
    );
    kernelOf(k)(n, out, o, inputs, offsets, macro, own, mc, oc, years[y]!, y);
  };
  for (let y = 0; y < Y; y++) {
    for (const q of params.values()) {
      if (q.p.modifiers.length === 0) continue;
      q.effective.set(q.base);
      q.p.modifiers.forEach((m, k) => {
        const f = m.profile[y]!;
        if (f !== 0) for (let i = 0; i < n; i++) q.effective[i]! += f * q.sizes[k]![i]!;
      });
    }
    if (y === 0) {
      for (const c of model.indicators)
        values[c.slot]!.fill(c.kind === 'derived' || c.kind === 'cumulative' ? 0 : c.base!, 0, n);
      for (let pass = 0; pass < 2; pass++)
        for (const c of model.indicators)
          if (c.kind === 'derived') call(c.atBase!, values[c.slot]!, 0, 0, zeros, zeros, 0, 0);
      for (const c of model.indicators)
        if (c.kind === 'cohort') rings[c.slot]!.fill(values[c.slot]![0]! / c.life);
      continue;
    }
    for (const c of model.indicators) {
      let macro = zeros;
      let own = zeros;
      let mc = 0;
      let oc = 0;
      if (c.volatility > 0) {
        const a = c.macroLoading;
        own = Float32Array.from(draws.normals(`noise:${c.id}:${years[y]}`, n));
        macro = a === 0 ? own : Float32Array.from(draws.normals(`macro:${years[y]}`, n));
        mc = c.volatility * a;
        oc = c.volatility * Math.sqrt(Math.max(0, 1 - a * a));
      }
      const out = values[c.slot]!;
      if (c.kind === 'event' || c.kind === 'count') {
        call(c.main, tmp[0]!, 0, y, macro, own, mc, oc);
        const u = uniforms(`${c.kind}:${c.id}:${years[y]}`, n);
        const p = tmp[0]!;
        const o = y * n;
        if (c.kind === 'count')
          for (let i = 0; i < n; i++) out[o + i] = countInverse(u[i]!, p[i]!, c.dispersion);
        else
          for (let i = 0; i < n; i++) {
            const last = out[o - n + i]!;
            out[o + i] =
              last >= 1 ? 1 : Number.isNaN(p[i]!) || Number.isNaN(last) ? Number.NaN : u[i]! < p[i]! ? 1 : 0;
          }
        continue;
      }
      if (c.kind !== 'cohort') {
        call(c.main, out, y * n, y, macro, own, mc, oc);
        continue;
      }
      call(c.main, tmp[0]!, 0, y, macro, own, mc, oc);
      call(c.renewal!, tmp[1]!, 0, y, macro, own, mc, oc);
      if (c.exit) call(c.exit, tmp[2]!, 0, y, macro, own, mc, oc);
      const ring = rings[c.slot]!;
      const life = c.life;
      const head = heads[c.slot]!;
      const oldest = ((head + life - 1) % life) * n;
      if (c.exit)
        for (let a = 0; a < life - 1; a++) {
          const block = ((head + a) % life) * n;
          for (let i = 0; i < n; i++) ring[block + i]! *= 1 - tmp[2]![i]!;
        }
      for (let i = 0; i < n; i++) ring[oldest + i] = tmp[0]![i]! + ring[oldest + i]! * tmp[1]![i]!;
      heads[c.slot] = (head + life - 1) % life;
      for (let i = 0; i < n; i++) out[y * n + i] = 0;
      for (let a = 0; a < life; a++) for (let i = 0; i < n; i++) out[y * n + i]! += ring[a * n + i]!;
    }
  }
  return values;
}
