// Where in a scenario or plan a problem is, in words a planner reads: 政策杠杆“sme_finance”的强度, not
// levers.sme_finance.intensity (a Chinese message had quoted the field path alone). The path follows in
// brackets, for whoever edits the file. English keeps the path: its field names are English words already.
import type { Lang } from '../report/lang.ts';

/** Field names as the page names what they hold. */
const FIELD_ZH: Record<string, string> = {
  name: '名称',
  description: '说明',
  parameters: '假设',
  levers: '政策杠杆',
  shocks: '冲击',
  actuals: '实际数据',
  actualRates: '实际增速',
  formulas: '自定义指标',
  notes: '笔记',
  cells: '单元格',
  horizon: '推演终点年份',
  asOf: '评估截至',
  paths: '路径数',
  seed: '随机种子',
  intensity: '强度',
  start: '起始年份',
  mean: '均值',
  sd: '标准差',
  formula: '公式',
  unit: '单位',
  title: '标题',
  text: '正文',
  indicators: '指标',
  targets: '目标',
  observations: '观测值',
  meta: '基本信息',
  value: '数值',
  year: '年份',
};

/** Sections whose keys are ids the planner gave: quoted as names, not read as fields. */
const KEYED = new Set(['parameters', 'levers', 'actuals', 'actualRates']);

export function fieldPathText(path: string, lang: Lang): string {
  if (lang !== 'zh' || path === '') return path;
  const parts = path.split('.');
  const words: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const field = FIELD_ZH[p];
    // actuals.gdp.2023: a year, not the 2,024th item.
    if (k === 2 && parts[0]!.startsWith('actual')) words.push(`${p}年`);
    else if (/^\d+$/.test(p)) words.push(`第 ${Number(p) + 1} 项`);
    else if (k > 0 && KEYED.has(parts[k - 1]!)) words.push(`“${p}”`);
    else if (field) words.push(k === 0 ? field : `的${field}`);
    else return path;
  }
  return `${words.join('')}（${path}）`;
}
