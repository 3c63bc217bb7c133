// `planpath plan`: prints the validated plan — indicators, parameters, targets and levers, each with its
// provenance — so anyone can audit where every number comes from.

import {
  comparatorSymbol,
  displayScale,
  type Indicator,
  isPercentUnit,
  knownBase,
  type Lang,
  type Plan,
  type Provenance,
  percentSuffix,
  proseText,
  provenanceFigure,
  render,
  targetBasis,
  unitLabel,
} from '../index.ts';
import { choiceOption, readPlan } from './cliInputs.ts';
import { planUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

export { planUsage };

export async function planCommand(args: string[]): Promise<number> {
  const values = parseCommandArgs(args, {
    plan: { type: 'string' },
    statistics: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
  });
  const format = choiceOption(values.format, 'format', ['json', 'table'] as const, 'table');
  const lang = choiceOption(values.lang, 'lang', ['zh', 'en'] as const, 'zh');
  const plan = readPlan(values.plan, values.statistics);
  process.stdout.write(
    `${format === 'json' ? JSON.stringify(planAudit(plan, lang), null, 2) : planTable(plan, lang)}\n`,
  );
  return 0;
}

export function planAudit(plan: Plan, lang: Lang) {
  return {
    meta: plan.meta,
    indicators: plan.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      category: i.category,
      dynamics: i.dynamics,
      base: i.base ?? null,
      provenance: indicatorProvenance(i, lang),
    })),
    parameters: plan.parameters,
    targets: plan.targets.map((t) => ({ ...t, ...(targetBasis(plan, t) ?? {}) })),
    observations: plan.observations,
    levers: plan.levers,
    shocks: plan.shocks,
    facts: plan.facts,
    relations: plan.relations,
  };
}

/**
 * Where an indicator's values come from: its base value's provenance for carried indicators, else the
 * formula that derives it from others; the words of a base to be entered are the catalogue's, in `lang`.
 */
export function indicatorProvenance(i: Indicator, lang: Lang): Provenance {
  const b = knownBase(i);
  if (b) return b.provenance;
  const d = i.dynamics;
  if (i.base) return { kind: 'assumption', rationale: render(lang, 'cli.plan.baseUnknown') };
  if (d.kind === 'derived') return { kind: 'derived', formula: `${i.id} = ${d.formula}` };
  if (d.kind === 'cumulative')
    return { kind: 'derived', formula: render(lang, 'cli.plan.cumulative', { id: i.id, flow: d.flow }) };
  // Unreachable for a validated plan: carried dynamics require a base.
  return { kind: 'assumption', rationale: render(lang, 'cli.plan.noBase') };
}

export function describeProvenance(p: Provenance, lang: Lang = 'zh'): string {
  switch (p.kind) {
    case 'plan':
      return `plan ${p.section}: "${p.figure}"`;
    case 'derived':
      return `derived: ${p.formula}`;
    case 'assumption':
      return `assumption: ${proseText(p.rationale, lang)}${p.basedOn ? ` (from ${describeProvenance(p.basedOn, lang)})` : ''}`;
    case 'statistic':
    case 'entered':
      return `${p.kind}: ${provenanceFigure(p, lang)}`;
  }
}

/**
 * A figure as the plan prints it, for auditing against its source beside it: a share stored as 0.7635 reads
 * "76.35%", not "0.7635" (nor a rounded "76.4%"); other units keep every digit the plan gave.
 */
function exactFigure(value: number, unit: string, lang: Lang): string {
  if (isPercentUnit(unit)) return `${round(value * 100)}${percentSuffix(unit, lang)}`;
  // In the label's own scale: 616亿元 is 61.6 bn yuan (it read "616 bn yuan").
  return `${round(value * displayScale(unit, lang))} ${unitLabel(unit, lang)}`.trim();
}

/** Up to 6 decimals, without the float noise of × 100 (0.1527 × 100 = 15.270000000000001). */
function round(v: number): string {
  return String(Number(v.toFixed(6)));
}

function threshold(comparator: string, value: number | readonly number[], unit: string, lang: Lang): string {
  if (Array.isArray(value)) return value.map((v) => exactFigure(v, unit, lang)).join(' – ');
  return `${comparatorSymbol(comparator, lang)} ${exactFigure(value as number, unit, lang)}`.trim();
}

const scaled = (value: number | readonly number[], by: number): number | number[] =>
  Array.isArray(value) ? value.map((v) => v * by) : (value as number) * by;

function planTable(plan: Plan, lang: Lang): string {
  const m = plan.meta;
  const unitOf = new Map(plan.indicators.map((i) => [i.id, i.unit]));
  const targets = plan.targets.map((t) => [
    t.id,
    t.kind,
    String(t.year),
    t.comparator === undefined || t.value === undefined
      ? '(qualitative)'
      : t.kind === 'growth' && t.statedAs === 'change'
        ? // As printed: the change over the period (76.35%), not the yearly rate it is kept as (15.27%/年).
          `${threshold(t.comparator, scaled(t.value, t.year - m.baseYear), '%', lang)}${render(lang, 'target.overYears', { years: t.year - m.baseYear })}`
        : t.kind === 'increase' && isPercentUnit(unitOf.get(t.indicator ?? '') ?? '')
          ? // A share's rise is in points (提高5个百分点), not a share of 5% (a tester).
            `${comparatorSymbol(t.comparator, lang)} +${round(Array.isArray(t.value) ? t.value[0]! * 100 : (t.value as number) * 100)} ${lang === 'zh' ? '个百分点' : 'pp'}`
          : threshold(
              t.comparator,
              t.value,
              t.kind === 'growth' ? '%/年' : (unitOf.get(t.indicator ?? '') ?? ''),
              lang,
            ),
    describeProvenance(t.provenance, lang),
  ]);
  const indicators = plan.indicators.map((i) => [
    i.id,
    unitLabel(i, lang),
    i.dynamics.kind,
    knownBase(i)
      ? exactFigure(knownBase(i)!.value, i.unit, lang)
      : i.base
        ? render(lang, 'verdict.unknown-base')
        : '',
    knownBase(i) ? describeProvenance(knownBase(i)!.provenance, lang) : '',
  ]);
  return [
    `${m.title.zh} (${m.id}) ${m.baseYear}→${m.targetYear}${m.visionYear ? `→${m.visionYear}` : ''}${m.synthetic ? ' [synthetic]' : ''}`,
    `${plan.indicators.length} indicators, ${plan.parameters.length} parameters, ${plan.targets.length} targets, ${plan.levers.length} levers`,
    '',
    formatTable(['indicator', 'unit', 'dynamics', 'base', 'provenance'], indicators),
    '',
    formatTable(['target', 'kind', 'year', 'threshold', 'provenance'], targets),
  ].join('\n');
}
