// What a goal-seek's answer rests on where no data moves its target (GoalSeekResult.restsOn): each assumption
// named with its figures and labelled as one, with the data that would replace it. "至少取 9.4%" for an imported
// 年均增长7% with nothing entered had read as a finding, resting unsaid on the default ± 3% (tester, session 43).
import { type GoalSeekResult, oddsRateShare, type Plan } from '../../engine/index.ts';
import { formatUncertain } from '../format/formatUncertain.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

/** One sentence per assumption the answer rests on; none when data moves the target or nothing was sought. */
export function restsOnNotes(plan: Plan, r: GoalSeekResult, lang: Lang): string[] {
  if (r.status === 'unknown-base' || r.status === 'observed') return [];
  const t = translator(lang);
  return (r.restsOn ?? []).map((a) => {
    const p = plan.parameters.find((x) => x.id === a.parameter);
    const name = pick(p?.name, lang) || a.parameter;
    const unit = p?.unit ?? '';
    // A share's odds and their spread are the simulation's, not the planner's: named as the share's change.
    const share = oddsRateShare(plan, a.parameter);
    const shareName = share === null ? '' : pick(plan.indicators.find((i) => i.id === share)?.name, lang);
    const what =
      share !== null
        ? t(a.part === 'spread' ? 'gs.restsOn.oddsSpread' : 'gs.restsOn.odds', { share: shareName })
        : a.part === 'spread'
          ? t('gs.restsOn.spread', { name, sd: formatUncertain(a.value.sd, 0, unit, lang) })
          : t('gs.restsOn.value', { name, value: formatUncertain(a.value.mean, a.value.sd, unit, lang) });
    return t(a.standsFor === 'record' ? 'gs.restsOn.record' : 'gs.restsOn.history', { what });
  });
}
