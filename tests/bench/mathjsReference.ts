// The reference the benchmark compares against: the same model, the same draws, evaluated one sample at a
// time with full mathjs (compile once per formula, `evaluate(scope)` per path, year and indicator) — the way
// Guesstimate computes. It shares the engine's setup (parameters, levers, shocks, draws) so both produce the
// same numbers; only the evaluation strategy differs. Bench-only: the shipped engine never evaluates with
// mathjs.
import { all, create, type EvalFunction, type MathNode } from 'mathjs';
import type { CompiledModel } from '../../engine/compile/compileModel.ts';
import { dynamicsFormulas } from '../../engine/plan/checkPlanReferences.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { countQuantile } from '../../engine/random/countQuantile.ts';
import type { DrawSource } from '../../engine/run/DrawSource.ts';
import type { RunSetup } from '../../engine/run/resolveScenario.ts';
import { uniformRows } from './uniformRows.ts';

const math = create(all!);
math.import(
  { clamp: (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi) },
  { override: true },
);

/** prev(x) becomes the symbol prev__x, which the scope holds. */
function compileReference(source: string): EvalFunction {
  const node = math.parse(source).transform((n: MathNode) => {
    const f = n as MathNode & { fn?: { name?: string }; args?: (MathNode & { name?: string })[] };
    if (n.type === 'FunctionNode' && f.fn?.name === 'prev')
      return new math.SymbolNode(`prev__${f.args![0]!.name}`);
    return n;
  });
  return node.compile();
}

export function referenceSimulate(
  plan: Plan,
  model: CompiledModel,
  setup: RunSetup,
  n: number,
  draws: DrawSource,
): Float64Array[] {
  const Y = setup.years.length;
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const steps = model.indicators.map((c) => {
    const ind = byId.get(c.id)!;
    const f = Object.fromEntries(
      Object.entries(dynamicsFormulas(ind.dynamics)).map(([k, s]) => [k, compileReference(s)]),
    );
    return { c, f };
  });
  const values = model.indicators.map(() => new Float64Array(Y * n));
  const uniforms = uniformRows(draws);
  // Per-path parameter draws and modifiers, exactly as the engine draws them.
  const params = setup.parameters.map((p) => ({
    id: p.id,
    base: draws.normals(`param:${p.id}`, n),
    p,
    mods: p.modifiers.map((m) => draws.normals(m.stream, n)),
  }));
  for (let i = 0; i < n; i++) {
    const scope: Record<string, number> = {};
    const cohorts = new Map<string, number[]>();
    for (let y = 0; y < Y; y++) {
      const year = setup.years[y]!;
      scope.year = year;
      scope.t = y;
      for (const q of params) {
        let v = q.p.value.mean + q.p.value.sd * q.base[i]!;
        q.p.modifiers.forEach((m, k) => {
          v += m.profile[y]! * (m.size.mean + m.size.sd * q.mods[k]![i]!);
        });
        scope[q.id] = v;
      }
      if (y === 0) {
        // The base year as the engine does it: carried values first, derived ones twice in order, with
        // prev(x) reading x itself.
        const set = (id: string, x: number) => {
          scope[id] = x;
          scope[`prev__${id}`] = x;
        };
        for (const { c } of steps) set(c.id, c.kind === 'derived' || c.kind === 'cumulative' ? 0 : c.base!);
        // (count and event indicators start from their base, NaN for a count with none, as in the engine)
        for (let pass = 0; pass < 2; pass++) {
          for (const { c, f } of steps) if (c.kind === 'derived') set(c.id, f.formula!.evaluate(scope));
        }
        for (const { c } of steps) {
          values[c.slot]![i] = scope[c.id]!;
          if (c.kind === 'cohort') cohorts.set(c.id, Array(c.life).fill(scope[c.id]! / c.life));
        }
      } else {
        for (const { c, f } of steps) {
          const prev = values[c.slot]![(y - 1) * n + i]!;
          let noise = 0;
          if (c.volatility > 0) {
            const a = c.macroLoading;
            const own = draws.normals(`noise:${c.id}:${year}`, n)[i]!;
            const macro = a === 0 ? 0 : draws.normals(`macro:${year}`, n)[i]!;
            noise = c.volatility * (a * macro + Math.sqrt(1 - a * a) * own);
          }
          // Whole items for count stocks, as the kernels round them: floor(v + 0.5).
          const whole = (v: number) => (c.whole ? Math.floor(v + 0.5) : v);
          let x: number;
          if (c.kind === 'event') {
            const hazard = Math.min(Math.max(f.hazard!.evaluate(scope), 0), 1);
            const u = uniforms(`event:${c.id}:${year}`, n)[i]!;
            x = prev >= 1 ? 1 : Number.isNaN(hazard) || Number.isNaN(prev) ? Number.NaN : u < hazard ? 1 : 0;
          } else if (c.kind === 'count') {
            const mean = Math.max(0, f.mean!.evaluate(scope));
            x = countQuantile(uniforms(`count:${c.id}:${year}`, n)[i]!, mean, c.dispersion);
          } else if (c.kind === 'growth') x = prev * (1 + f.rate!.evaluate(scope) + noise);
          else if (c.kind === 'derived') x = f.formula!.evaluate(scope) * (1 + noise);
          else if (c.kind === 'cumulative') x = prev + f.flow!.evaluate(scope);
          else if (c.kind === 'stock')
            x = Math.max(
              0,
              prev + whole(f.inflow!.evaluate(scope) * (1 + noise)) - whole(f.outflow?.evaluate(scope) ?? 0),
            );
          else {
            const ages = cohorts.get(c.id)!;
            const inflow = Math.max(0, f.inflow!.evaluate(scope) * (1 + noise));
            const renewal = Math.min(Math.max(f.renewal!.evaluate(scope), 0), 1);
            const exit = f.exit ? Math.min(Math.max(f.exit.evaluate(scope), 0), 1) : 0;
            const expiring = ages.pop()!;
            for (let a = 0; a < ages.length; a++) ages[a]! *= 1 - exit;
            ages.unshift(inflow + expiring * renewal);
            x = ages.reduce((s, v) => s + v, 0);
          }
          values[c.slot]![y * n + i] = x;
          scope[c.id] = x;
        }
      }
      for (const { c } of steps) scope[`prev__${c.id}`] = values[c.slot]![y * n + i]!;
    }
  }
  return values;
}
