// The words of the comparison's breakdown (views/attributionTable.ts), added to the page's catalogue when that
// code loads, on the planner's first request: a first visit carries only the button's label.
import { addMessages } from './t.ts';

export const ATTRIBUTION_MESSAGES = {
  'attr.intro': {
    zh: '做法：以“{from}”为起点，每次只把一项设置改为“{to}”的取值、其余不变，用同一随机种子重新推演，这一项带来的达成概率变化即其“单独作用”。“共同作用”为合计减去各项单独作用之和，是几项设置相互叠加才出现的部分，不分摊到任何一项。合计即对比表中两情景之差。以上均为按标注假设推演的派生数（百分点，按页面显示的整数百分比相减），共推演 {runs} 次，每次 {paths} 条路径。',
    en: 'Method: starting from “{from}”, one setting at a time is changed to its value in “{to}”, all else as it was, and the scenario is run again with the same seed; the change in each target’s chance is that setting’s effect alone. “Together” is the total less the sum of the parts: what the settings do only in combination, not spread over any one of them. The total is the difference the comparison shows. All are derived figures from runs on labelled assumptions (in points, from the chances as shown in whole percent): {runs} runs of {paths} paths each.',
  },
  'attr.col.chance': { zh: '“{name}”达成概率', en: 'P(met), “{name}”' },
  'attr.col.together': { zh: '共同作用', en: 'Together' },
  'attr.col.total': { zh: '合计（百分点）', en: 'Total (pp)' },
  'attr.col.alone': { zh: '单独作用（百分点）', en: 'Alone (pp)' },
  'attr.col.sources': {
    zh: '来自哪项设置（单独作用，百分点）',
    en: 'From which setting (each alone, pp)',
  },
  'attr.idle': {
    zh: '对所列目标都没有作用的设置：{names}。',
    en: 'Settings that moved none of the targets listed: {names}.',
  },
  'attr.none': {
    zh: '两个情景的设置差别没有改变任何目标的达成概率（按页面显示的整数百分比）。',
    en: 'The settings in which the two scenarios differ change no target’s chance (as shown, in whole percent).',
  },
  'attr.noChanges': {
    zh: '两个情景的设置相同，没有差异可以拆解。',
    en: 'The two scenarios have the same settings: there is no difference to break down.',
  },
  'attr.settled': {
    zh: '{n} 个目标已由观测值定局（至少在其中一次推演中），没有达成概率可拆解，未列出。',
    en: '{n} targets are settled by an observation (in at least one of the runs): they have no chance to break down and are not listed.',
  },
  'attr.unmoved': {
    zh: '另有 {n} 个目标的达成概率不受这些设置影响，未列出。',
    en: '{n} more targets’ chances are not moved by these settings and are not listed.',
  },
  'attr.run.asOf': { zh: '评估截至年份', en: 'Evaluation as of' },
  'attr.run.horizon': { zh: '推演至', en: 'Horizon' },
  'attr.run.seed': { zh: '随机种子', en: 'Random seed' },
  'attr.run.paths': { zh: '路径数', en: 'Paths' },
  'attr.seedTip': {
    zh: '随机种子只改变抽样：这一栏的变化是抽样误差，不是哪项设置的作用。两情景用同一种子对比更清楚。',
    en: 'The seed changes only the sampling: this column is sampling noise, not the effect of a setting. Compare the scenarios on one seed for a clearer picture.',
  },
  'attr.file': { zh: '差异拆解_{from}_{to}', en: 'difference breakdown {from} {to}' },
} as const;

addMessages(ATTRIBUTION_MESSAGES);
