import type { Lang } from './lang.ts';

// Indicator categories are plan data written in Chinese; the common ones read in English here. Unknown
// categories are shown as written.
const EN: Record<string, string> = {
  总量: 'Totals',
  创新: 'Innovation',
  结构: 'Structure',
  产业: 'Industry',
  支柱产业: 'Pillar industries',
  行业分项: 'Sector sub-targets',
  辅助: 'Auxiliary',
  市场主体: 'Market entities',
  服务业: 'Services',
  企业梯队: 'Enterprise tiers',
  载体与项目: 'Carriers & projects',
  宏观: 'Macro',
  自定义: 'Custom',
};

export function categoryLabel(category: string, lang: Lang): string {
  return lang === 'en' ? (EN[category] ?? category) : category;
}
