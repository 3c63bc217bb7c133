// What a goal-seek or a least-cost mix found, said in the page's language from the structured result — the
// engine's own `message` is an English log line naming ids, which a planner reading Chinese cannot use.
import type { GoalSeekResult, OptimizeResult } from '../../engine/index.ts';
import { formatProb, formatProbPhrase } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { type Lang, paren } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { targetLabel } from '../model/targetLabel.ts';
import { leverStart, withFirstStarts } from '../state/scenarioOps.ts';

/** The required probability as the planner typed it: "80%" (or "—" for the deterministic path). */
function required(p: number | null, lang: Lang): string {
  return p === null ? translator(lang)('gs.deterministic') : `${Math.round(p * 100)}%`;
}

/** The target's name, told apart from another of the same name (targetLabel). */
function targetName(app: App, id: string, lang: Lang): string {
  const target = app.plan.targets.find((x) => x.id === id);
  return target ? targetLabel(app.plan, target, lang) : id;
}

/** One sentence for a goal-seek result; `name` and `value` are the variable's label and formatter. */
export function goalSeekSummary(
  app: App,
  r: GoalSeekResult,
  lang: Lang,
  name: string,
  value: (v: number) => string,
): string {
  const t = translator(lang);
  const target = targetName(app, r.target, lang);
  const req = required(r.probability, lang);
  const p = formatProbPhrase(r.pMet, lang);
  switch (r.status) {
    case 'already-met':
      // At the end of the range least favourable to the target: the minimum, or for a capped indicator's own
      // growth the maximum.
      return t(r.direction === 'down' ? 'gs.alreadyMet.down' : 'gs.alreadyMet', {
        name,
        value: value(r.value ?? r.range[0]),
        target,
        p,
        req,
      });
    case 'unknown-base':
      return t('gs.unknownBase', { target });
    case 'observed':
      return t('gs.observed', { target, year: r.observedYear ?? '—' });
    case 'no-solution': {
      if (r.noEffect) return t('gs.noEffect', { name, target, lo: value(r.range[0]), hi: value(r.range[1]) });
      const sentence = t(r.direction === 'down' ? 'gs.noSolution.down' : 'gs.noSolution', {
        name,
        lo: value(r.range[0]),
        hi: value(r.range[1]),
        target,
        p,
        req,
      });
      // A lever that acts only after the target's year cannot move it, whatever its intensity: say so, or the
      // 无解 reads as a lever too weak (五上 2025 against a lever from 2025 with a year's lag).
      const lever =
        r.variable.kind === 'lever' ? app.plan.levers.find((l) => l.id === r.variable.id) : undefined;
      const year = app.plan.targets.find((x) => x.id === r.target)?.year;
      if (!lever || year === undefined) return sentence;
      const start = leverStart(app.plan, withFirstStarts(app.plan, app.scenario.get()), lever.id);
      return start + lever.lag > year
        ? `${sentence}${t('gs.tooLate', { name, start, lag: lever.lag, first: start + lever.lag, year })}`
        : sentence;
    }
    default:
      return t(r.direction === 'down' ? 'gs.solution.down' : 'gs.solution', {
        name,
        value: value(r.value ?? Number.NaN),
        target,
        p,
        req,
      });
  }
}

/** One sentence for a least-cost mix. */
export function optimizeSummary(app: App, r: OptimizeResult, lang: Lang): string {
  const t = translator(lang);
  const req = required(r.probability, lang);
  const names = r.targets.map((id) => targetName(app, id, lang));
  switch (r.status) {
    case 'already-met':
      return t('opt.alreadyMet', { req });
    case 'observed':
      return t('opt.observed', {
        targets: r.missed.map((id) => targetName(app, id, lang)).join(lang === 'zh' ? '、' : '; '),
      });
    case 'unknown-base':
      return t('opt.unknownBase', {
        targets: r.unknownBase.map((id) => targetName(app, id, lang)).join(lang === 'zh' ? '、' : '; '),
      });
    case 'infeasible': {
      const missing = r.targets
        .filter((id) =>
          r.probability === null ? !r.deterministicMet[id] : (r.pMet[id] ?? 0) < r.probability,
        )
        .map((id) => `${targetName(app, id, lang)}${paren(formatProb(r.pMet[id] ?? null, lang), lang)}`);
      return t('opt.infeasible', { targets: missing.join(lang === 'zh' ? '、' : '; '), req });
    }
    default:
      return t(r.method === 'exact' ? 'opt.found.exact' : 'opt.found.greedy', {
        n: names.length,
        req,
      });
  }
}
