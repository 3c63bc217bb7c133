// The cover's 印发单位: in Chinese the plan's own line; in English an English label and sentence naming each unit
// as printed, quoted as a citation. "Issued by 合肥市瑶海区经济和信息化局、合肥市瑶海区发展和改革委员会", marked Chinese
// as a whole, had been read as the plan's name (a tester).
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';

/** Units listed as the plan prints them: 、 between them (or a comma, a semicolon). */
const BETWEEN = /[、，,；;]/;

export function issuerLine(
  issuer: string | undefined,
  lang: Lang,
): { label: string; value: string; cited?: boolean } {
  const units = (issuer ?? '')
    .split(BETWEEN)
    .map((u) => u.trim())
    .filter(Boolean);
  if (!issuer?.trim() || units.length === 0)
    return { label: t(lang, 'rep.cover.issuer'), value: t(lang, 'rep.cover.issuerNone') };
  if (lang === 'zh') return { label: t(lang, 'rep.cover.issuer'), value: issuer.trim(), cited: true };
  const quoted = units.map((u) => `“${u}”`);
  const names = quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  return {
    label: t(lang, units.length === 1 ? 'rep.cover.issuer' : 'rep.cover.issuers'),
    value: t(lang, 'rep.cover.issuerAsPrinted', { names }),
  };
}
