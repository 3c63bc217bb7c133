// Shares against their denominators. A share target s on N/D with a level target N_T on its numerator
// implies the denominator D_T = N_T / s. Two shares of the same denominator must imply (roughly) the same
// D_T (share-denominators); an implied D_T below the denominator's own base value means the denominator
// would have to shrink for the targets to hold together (share-vs-base); and a numerator measured as gross
// output or revenue cannot be a share of a value-added denominator such as GDP (measure-mixing).
// Shares are found from derived formulas of the form N / D, or from `share` relations.

import { convertUnit } from '../actuals/unitFactor.ts';
import type { PlanRelation } from '../plan/relationSchema.ts';
import { formulaShape } from './formulaShape.ts';
import { MEASURE_LABELS, measureClass, measureKeyword } from './measureClass.ts';
import type { CheckContext, Finding, NumTarget } from './planCheckContext.ts';
import { sourceText } from './sourceText.ts';

/** Implied denominators more than 10 % apart disagree. */
const DENOMINATOR_TOL = 0.1;

interface ShareCase {
  share: NumTarget;
  numerator: string;
  denominator: string;
  /** The numerator's target in the share's year, if there is one. */
  numeratorTarget: NumTarget | null;
}

function shareCases(ctx: CheckContext, relations: PlanRelation[]): ShareCase[] {
  const cases: ShareCase[] = [];
  const byId = new Map(ctx.targets.map((t) => [t.id, t]));
  const explicit = new Set<string>();
  for (const r of relations) {
    if (r.kind !== 'share') continue;
    const share = byId.get(r.share);
    const num = byId.get(r.numerator) ?? null;
    if (!share) continue;
    explicit.add(share.id);
    cases.push({
      share,
      numerator: num?.indicator ?? r.numerator,
      denominator: r.denominator,
      numeratorTarget: num,
    });
  }
  for (const t of ctx.targets) {
    if (explicit.has(t.id) || (t.kind !== 'share' && t.kind !== 'level')) continue;
    const d = ctx.indicator(t.indicator)?.dynamics;
    if (d?.kind !== 'derived') continue;
    const shape = formulaShape(d.formula);
    if (shape.kind !== 'ratio') continue;
    const numeratorTarget =
      ctx.targetsOn(shape.numerator).find((n) => n.year === t.year && n.kind === 'level') ?? null;
    cases.push({ share: t, numerator: shape.numerator, denominator: shape.denominator, numeratorTarget });
  }
  return cases;
}

export function checkShares(ctx: CheckContext, relations: PlanRelation[]): Finding[] {
  const { qty, say, num, pct, name, t0 } = ctx;
  const findings: Finding[] = [];
  const cases = shareCases(ctx, relations);

  // Measure mixing: gross output over value added.
  for (const c of cases) {
    const n = ctx.indicator(c.numerator);
    const d = ctx.indicator(c.denominator);
    if (!n || !d) continue;
    const cn = measureClass(n.name.zh, n.name.en);
    const cd = measureClass(d.name.zh, d.name.en);
    if (cn === null || cd === null || cn === cd) continue;
    const n0 = ctx.valueAt(c.numerator, t0);
    const d0 = ctx.valueAt(c.denominator, t0);
    const baseRatio = n0 / d0;
    const above = Number.isFinite(baseRatio) && baseRatio >= c.share.value;
    const nBase = ctx.base(c.numerator);
    const nNote = nBase ? `（${sourceText(ctx, nBase)}）` : '';
    const nNoteEn = nBase ? ` (${sourceText(ctx, nBase)})` : '';
    findings.push({
      kind: 'measure-mixing',
      severity: 'warning',
      targets: [c.share.id, ...(c.numeratorTarget ? [c.numeratorTarget.id] : [])],
      sections: ctx.sections(c.share, ...(c.numeratorTarget ? [c.numeratorTarget] : [])),
      message: say(
        `“${name(c.share.target)}”把${MEASURE_LABELS[cn].zh}的${name(n)}（“${measureKeyword(n.name.zh)}”）作为${MEASURE_LABELS[cd].zh}的${name(d)}的比重：两者口径不同，比值不是占比，可以超过100%${above ? `；按模型基数${nNote}，${t0}年该比值已达 ${pct(baseRatio, 1)}，高于目标 ${pct(c.share.value, 0)}` : ''}。`,
        `"${name(c.share.target)}" takes ${name(n)} (${MEASURE_LABELS[cn].en}) as a share of ${name(d)} (${MEASURE_LABELS[cd].en}): different measures, so the ratio is not a share and can exceed 100%${above ? `; on the model's bases${nNoteEn} it is already ${pct(baseRatio, 1)} in ${t0}, above the ${pct(c.share.value, 0)} target` : ''}.`,
      ),
      arithmetic: Number.isFinite(baseRatio)
        ? `${t0}: ${num(n0)} ÷ ${num(d0)} = ${pct(baseRatio, 1)}`
        : `${name(n)} / ${name(d)}`,
    });
  }

  // Implied denominators.
  interface Implied {
    c: ShareCase;
    value: number;
    arithmetic: string;
  }
  const byDenominator = new Map<string, Implied[]>();
  for (const c of cases) {
    if (!c.numeratorTarget || !(c.share.value > 0)) continue;
    const n = ctx.indicator(c.numerator);
    const d = ctx.indicator(c.denominator);
    if (!n || !d) continue;
    const nt = convertUnit(c.numeratorTarget.value, n.unit, d.unit);
    if (nt === null) continue;
    const value = nt / c.share.value;
    byDenominator.set(c.denominator, [
      ...(byDenominator.get(c.denominator) ?? []),
      { c, value, arithmetic: `${num(nt)} ÷ ${pct(c.share.value, 0)} = ${num(value)}` },
    ]);
  }
  for (const [dId, list] of byDenominator) {
    const d = ctx.indicator(dId)!;
    const unit = d.unit;
    if (list.length >= 2) {
      const values = list.map((x) => x.value);
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      if (hi / lo - 1 > DENOMINATOR_TOL) {
        const parts = list.map(
          (x) => `“${name(x.c.share.target)}”${say('对应', ' → ')}${qty(x.value, unit)}`,
        );
        findings.push({
          kind: 'share-denominators',
          severity: 'warning',
          targets: list.flatMap((x) => [x.c.share.id, x.c.numeratorTarget!.id]),
          sections: ctx.sections(...list.flatMap((x) => [x.c.share, x.c.numeratorTarget!])),
          message: say(
            `同以${name(d)}为分母的比重目标，按各自的数值推算出的${list[0]!.c.share.year}年${name(d)}互不相符（最大值是最小值的 ${num(hi / lo)} 倍）：${parts.join('；')}。按所列数值，它们不可能指同一个${name(d)}。`,
            `Share targets over the same ${name(d)} imply ${list[0]!.c.share.year} values ${num(hi / lo)}× apart: ${parts.join('; ')}. At the stated values they cannot refer to the same ${name(d)}.`,
          ),
          arithmetic: list.map((x) => x.arithmetic).join('; '),
        });
      }
    }
    const base = ctx.base(dId);
    if (!base || !(base.value > 0)) continue;
    for (const x of list) {
      const years = x.c.share.year - t0;
      if (years <= 0 || x.value >= base.value * (1 - 0.005)) continue;
      const rate = (x.value / base.value) ** (1 / years) - 1;
      const nUnit = ctx.indicator(x.c.numerator)!.unit;
      const nAtBase = convertUnit(base.value * x.c.share.value, d.unit, nUnit)!;
      findings.push({
        kind: 'share-vs-base',
        severity: 'warning',
        targets: [x.c.share.id, x.c.numeratorTarget!.id],
        sections: ctx.sections(x.c.share, x.c.numeratorTarget!),
        message: say(
          `按“${name(x.c.numeratorTarget!.target)}”的数值，比重达到 ${pct(x.c.share.value, 0)} 要求 ${x.c.share.year} 年${name(d)}不超过 ${qty(x.value, unit)}，低于 ${t0} 年的 ${qty(base.value, unit)}（${sourceText(ctx, base)}），即${name(d)}须年均下降 ${pct(-rate, 1)}；${name(d)}只要不减少，分子就须远超其目标（按 ${t0} 年${name(d)}计至少 ${qty(nAtBase, nUnit)}）。`,
          `At the stated "${name(x.c.numeratorTarget!.target)}", a share of ${pct(x.c.share.value, 0)} requires ${name(d)} of at most ${qty(x.value, unit)} in ${x.c.share.year}, below ${qty(base.value, unit)} in ${t0} (${sourceText(ctx, base)}): ${name(d)} would have to fall ${pct(-rate, 1)} a year. If ${name(d)} does not shrink, the numerator must far exceed its target (at least ${qty(nAtBase, nUnit)} at the ${t0} level).`,
        ),
        arithmetic: `${x.arithmetic}; (${num(x.value)} ÷ ${num(base.value)})^(1/${years}) − 1 = ${pct(rate, 1)}; ${num(base.value)} × ${pct(x.c.share.value, 0)} = ${num(nAtBase)}`,
      });
    }
  }
  return findings;
}
