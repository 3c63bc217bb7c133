// Where a number comes from, in words: the plan's section and the figure as printed, the published
// statistic (publisher, document, date, where to find it, the phrase as printed — and whether it was read in
// a copy), the formula it was derived by, the labelled assumption and its rationale, or who entered it.
import { type Provenance, proseText } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';

export function provenanceText(p: Provenance | undefined, t: Translate, lang: Lang): string {
  if (!p) return '';
  const words = (x: Parameters<typeof proseText>[0]) => proseText(x, lang);
  // In English a source's Chinese name (a section, a document, a publisher) is a citation: quoted.
  const cited = (s: string) => (lang === 'en' ? `“${s}”` : s);
  switch (p.kind) {
    case 'plan': {
      const doc = p.document ? `${cited(p.document)} · ` : '';
      const note = p.note ? `\n${words(p.note)}` : '';
      return `${t('prov.plan')}${t('common.colon')}${doc}${cited(p.section)}\n${t('prov.figure')}${t('common.colon')}“${p.figure}”${note}`;
    }
    case 'derived': {
      // An exact transform of one figure (a share's odds from the printed share) is that figure's kind: 规划原文,
      // then the transform. Labelled 推算, a printed 9.5% had read as reckoned in the report (a tester).
      const label = p.from ? `${t(`prov.${p.from}`)}${t('prov.exactTransform')}` : t('prov.derived');
      return `${label}${t('common.colon')}${p.formula}${p.note ? `\n${words(p.note)}` : ''}`;
    }
    case 'assumption': {
      // A figure the assumption starts from is cited in full beneath it: the badge stays 假设.
      const on = p.basedOn ? `\n${t('prov.basedOn')}\n${provenanceText(p.basedOn, t, lang)}` : '';
      return `${t('prov.assumption')}${t('common.colon')}${words(p.rationale)}${on}`;
    }
    case 'statistic': {
      const c = t('common.colon');
      const lines = [
        `${t('prov.statistic')}${p.secondhand ? t('feas.prov.statistic.secondhand') : ''}`,
        `${t('feas.prov.publisher')}${c}${cited(p.publisher)}`,
        `${t('feas.prov.document')}${c}${cited(p.document)}`,
        `${t('feas.prov.date')}${c}${p.date}`,
        `${t('feas.prov.where')}${c}${p.where}`,
        `${t('feas.prov.phrase')}${c}“${p.phrase}”`,
      ];
      if (p.note) lines.push(words(p.note));
      return lines.join('\n');
    }
    case 'entered': {
      const who = p.by ? `\n${t('feas.prov.enteredBy')}${t('common.colon')}${p.by}` : '';
      return `${t('prov.entered')}${p.date ? ` · ${p.date}` : ''}${who}${p.note ? `\n${words(p.note)}` : ''}`;
    }
  }
}

/** A one-word badge for the kind of source. */
export function provenanceBadge(p: Provenance | undefined, t: Translate): string {
  if (!p) return '';
  return t(`prov.${p.kind}`);
}
