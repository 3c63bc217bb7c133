// Where a number comes from, in words: the plan's section and the figure as printed, the formula it was
// derived by, or the labelled assumption and its rationale.
import type { Provenance } from '../../engine/index.ts';
import type { Translate } from '../i18n/t.ts';

export function provenanceText(p: Provenance | undefined, t: Translate): string {
  if (!p) return '';
  switch (p.kind) {
    case 'plan': {
      const doc = p.document ? `${p.document} · ` : '';
      const note = p.note ? `\n${p.note}` : '';
      return `${t('prov.plan')}${t('common.colon')}${doc}${p.section}\n${t('prov.figure')}${t('common.colon')}“${p.figure}”${note}`;
    }
    case 'derived':
      return `${t('prov.derived')}${t('common.colon')}${p.formula}${p.note ? `\n${p.note}` : ''}`;
    case 'assumption':
      return `${t('prov.assumption')}${t('common.colon')}${p.rationale}`;
    case 'statistic':
      return `${t('prov.statistic')}${t('common.colon')}${p.publisher}《${p.document}》${p.date}\n“${p.phrase}”\n${p.where}${p.note ? `\n${p.note}` : ''}`;
    case 'entered':
      return `${t('prov.entered')}${[p.by, p.date, p.note]
        .filter(Boolean)
        .map((s) => ` · ${s}`)
        .join('')}`;
  }
}

/** A one-word badge for the kind of source. */
export function provenanceBadge(p: Provenance | undefined, t: Translate): string {
  if (!p) return '';
  return t(`prov.${p.kind}`);
}
