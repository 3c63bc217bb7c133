// The words of the comparison's breakdown (views/attributionTable.ts), added to the page's catalogue when that
// code loads, on the planner's first request: a first visit carries only the button's label.
import { addMessages } from './t.ts';

export const ATTRIBUTION_MESSAGES = {
  'attr.intro': {
    zh: '做法：以“{from}”为起点，每次只把一项设置改为“{to}”的取值、其余不变，重新推演（随机种子不变，除非随机种子本身就是差异之一），这一项带来的达成概率变化即其“单独作用”。“共同作用”为合计减去各项单独作用之和，是几项设置相互叠加才出现的部分，不分摊到任何一项。合计即对比表中两情景之差。各数均为按标注假设推演的派生数，以百分点计，由四舍五入到整数的百分比相减（>99% 按 99、<1% 按 1 计，与对比表相同）；共推演 {runs} 次，每次 {paths} 条路径。',
    en: 'Method: starting from “{from}”, one setting at a time is changed to its value in “{to}”, all else as it was, and the scenario is run again (on the same seed, unless the seed is one of the differences); the change in each target’s chance is that setting’s effect alone. “Together” is the total less the sum of the parts: what the settings do only in combination, not spread over any one of them. The total is the difference the comparison shows. All are derived figures from runs on labelled assumptions, in points, from the chances rounded to whole percent (>99% taken as 99 and <1% as 1, as the comparison does): {runs} runs of {paths} paths each.',
  },
  'attr.col.chance': { zh: '“{name}”达成概率', en: 'P(met), “{name}”' },
  'attr.col.together': { zh: '共同作用', en: 'Together' },
  'attr.col.total': { zh: '合计（百分点）', en: 'Total (pp)' },
  'attr.col.sources': {
    zh: '来自哪项设置（单独作用，百分点）',
    en: 'From which setting (each alone, pp)',
  },
  'attr.idle': {
    zh: '对所列目标都没有作用的设置：{names}。',
    en: 'Settings that moved none of the targets listed: {names}.',
  },
  'attr.none': {
    zh: '两个情景的设置差别没有改变任何目标的达成概率（按四舍五入到整数的百分比）。',
    en: 'The settings in which the two scenarios differ change no target’s chance (rounded to whole percent).',
  },
  'attr.noChanges': {
    zh: '两个情景推演所用的设置相同，没有差异可以拆解。',
    en: 'The two scenarios run on the same settings: there is no difference to break down.',
  },
  'attr.needsBase': {
    zh: '基期待补、尚无判断的目标 {n} 个，没有达成概率可拆解，未列出：补录基期值后再拆解。',
    en: 'Targets waiting for their base, with no verdict yet, not listed (no chance to break down; enter the base first): {n}.',
  },
  'attr.settled': {
    zh: '已由观测值定局的目标 {n} 个（至少在其中一次推演中），没有达成概率可拆解，未列出。',
    en: 'Targets settled by an observation (in at least one of the runs), not listed (no chance to break down): {n}.',
  },
  'attr.unmoved': {
    zh: '达成概率不受这些设置影响的目标 {n} 个，未列出。',
    en: 'Targets whose chances these settings do not move, not listed: {n}.',
  },
  'attr.sampling': {
    zh: '{names}只改变抽样，不改变模型：其“作用”是抽样误差，不是哪项设置的作用。两情景用相同的随机种子和路径数对比更清楚。',
    en: '{names} change only the sampling, not the model: their “effect” is sampling noise, not the effect of a setting. Compare the scenarios on one seed and one count of paths for a clearer picture.',
  },
  'attr.on': { zh: '启用', en: 'on' },
  'attr.off': { zh: '未启用', en: 'off' },
  'attr.noActuals': { zh: '无', en: 'none' },
  'attr.file': { zh: '差异拆解_{from}_{to}', en: 'difference breakdown {from} {to}' },
} as const;

addMessages(ATTRIBUTION_MESSAGES);
