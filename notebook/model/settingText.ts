// A setting of a scenario in words: its name (杠杆：…, 参数：…, a shock's name) and a value as the page shows it.
// The comparison table and the report's settings appendix write them the same way.
import { formatNumber, type Plan } from '../../engine/index.ts';
import { formatUncertain } from '../format/formatUncertain.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import type { SettingRow } from './settingDiff.ts';

export function settingValueText(
  plan: Plan,
  row: SettingRow,
  v: SettingRow['values'][number] | SettingRow['planDefault'],
  lang: Lang,
): string {
  if (row.kind === 'run') return runValueText(row.id, v as number | null, lang);
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? '✓' : '—';
  // The actuals row counts the values entered: "6 个数值", not a bare 6 beside a default of 0.
  if (row.kind === 'actuals')
    return typeof v === 'string' && v !== '0' ? translator(lang)('settings.values', { n: v }) : '—';
  if (typeof v === 'string') return v || '—';
  if (typeof v === 'number') return formatNumber(v, lang);
  if ('intensity' in v)
    return translator(lang)('settings.lever', { intensity: formatNumber(v.intensity, lang), start: v.start });
  const unit = plan.parameters.find((p) => p.id === row.id)?.unit ?? '';
  return formatUncertain(v.mean, v.sd, unit, lang);
}

export function settingLabel(plan: Plan, row: SettingRow, lang: Lang): string {
  const t = translator(lang);
  switch (row.kind) {
    case 'lever':
      return `${t('gs.lever.prefix')}${pick(plan.levers.find((l) => l.id === row.id)?.name, lang)}`;
    case 'parameter':
      return `${t('gs.param.prefix')}${pick(plan.parameters.find((p) => p.id === row.id)?.name, lang)}`;
    case 'shock':
      return pick(plan.shocks.find((s) => s.id === row.id)?.name, lang) || row.id;
    case 'actuals':
      return t('settings.actuals');
    case 'formulas':
      return t('fx.title');
    case 'run':
      return t(`settings.run.${row.id as 'horizon' | 'seed' | 'paths' | 'asOf'}`);
  }
}

/** A run setting's value: a year as a year (2035年, not 2,035), a count of paths grouped, the latest data. */
export function runValueText(id: string, v: number | null, lang: Lang): string {
  const t = translator(lang);
  if (v === null) return t('settings.run.latest');
  if (id === 'horizon' || id === 'asOf') return t('settings.run.year', { year: v });
  return id === 'paths' ? formatNumber(v, lang) : String(v);
}
