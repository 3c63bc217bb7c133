// How a base value's origin is named in consistency findings.
import type { BaseValue, CheckContext } from './planCheckContext.ts';

/** Where a base value comes from, in words; a matching base-year fact of the plan is quoted. */
export function sourceText(ctx: CheckContext, source: BaseValue['source'] | BaseValue): string {
  const base = typeof source === 'string' ? null : source;
  const kind = typeof source === 'string' ? source : source.source;
  if (base?.fact) {
    const { kind: k, text } = base.fact;
    if (k === 'plan') return ctx.say(`规划原文：${text}`, `printed in the plan: ${text}`);
    if (k === 'derived')
      return ctx.say(`由规划数字推算：${text}`, `derived from the plan's figures: ${text}`);
  }
  const labels = {
    plan: ctx.say('规划原文', 'printed in the plan'),
    derived: ctx.say('推算', 'derived'),
    assumption: ctx.say('假设', 'an assumption'),
    statistic: ctx.say('统计数据', 'a published statistic'),
    entered: ctx.say('录入值', 'entered by the planner'),
    model: ctx.say('模型计算', 'computed by the model'),
  };
  return labels[kind];
}
