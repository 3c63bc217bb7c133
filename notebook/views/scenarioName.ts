import type { Plan } from '../../engine/index.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import type { Working } from '../state/scenarioOps.ts';

/** The scenario's name in the page's language; a scenario without one is called after the plan default. */
export function scenarioName(s: Working, lang: Lang, _plan?: Plan): string {
  const name = s.name as { zh: string; en?: string } | undefined;
  if (name?.zh) return pick(name, lang);
  return lang === 'zh' ? '未命名情景' : 'Unnamed scenario';
}
