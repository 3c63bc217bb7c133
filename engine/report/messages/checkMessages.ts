// The words of the plan check's findings (engine/check/), in Chinese and English. Formula steps read the
// same in both languages. `{name}` placeholders take typed parameters (engine/report/messages/message.ts).
// Added to the catalogue when the code that writes findings out loads (renderFindings, the page's check view):
// the engine worker builds findings as codes and never says them, and had carried these words (≈ 5 KB).
import { addEngineMessages } from './catalogue.ts';

const same = (text: string) => ({ zh: text, en: text }) as const;

export const CHECK_MESSAGES = {
  'check.formulaParam': same('{name} {value}'),

  'check.baseVsFact': {
    zh: '{indicator}：模型 {t0} 年基数 {base}（{source}）与规划所述事实“{fact}”{stated}不符（相差 {diff}）。',
    en: '{indicator}: the model\'s {t0} base {base} ({source}) differs from the stated fact "{fact}" {stated} by {diff}.',
  },
  'check.shareRange': {
    zh: '{indicator}：{t0} 年基期值 {base}（{source}）不在 0%–100% 之间，比重不可能取此值，请核对；若此指标并非占整体的比重（如相当于某一基准的百分比），可不予理会。',
    en: '{indicator}: the {t0} base {base} ({source}) lies outside 0%–100%, which no share can; check it. If the indicator is not a share of a whole (a percentage of some benchmark, say), this does not apply.',
  },
  'check.arith.shareRange': {
    zh: '“{figure}” → {base} {side} {bound}',
    en: '{figure} → {base} {side} {bound}',
  },
  'check.arith.shareRangeEntered': { zh: '{base} {side} {bound}', en: '{base} {side} {bound}' },
  // A citation reads in quotation marks in Chinese; the English view marks it as a quotation itself.
  'check.arith.baseVsFact': {
    zh: '“{figure}” → {statedQty}; {base} ÷ {stated} − 1 = {diff}',
    en: '{figure} → {statedQty}; {base} ÷ {stated} − 1 = {diff}',
  },
  // The figures of an arithmetic line are the plan's own; in English a quantity beside it reads in bn yuan.
  'check.arith.inUnit': { zh: '{arithmetic}（单位：{unit}）', en: '{arithmetic} (figures in {unit})' },
  'check.arith.unit.yiYuan': { zh: '亿元', en: 'units of 100 million yuan' },
  'check.arith.unit.wanYuan': { zh: '万元', en: 'units of 10,000 yuan' },
  'check.arith.unit.yiUsd': { zh: '亿美元', en: 'units of 100 million USD' },
  'check.arith.unit.wanUsd': { zh: '万美元', en: 'units of 10,000 USD' },
  'check.arith.baseVsFactPoints': {
    zh: '“{figure}” → {statedQty}; {base} − {stated} = {diff}',
    en: '{figure} → {statedQty}; {base} − {stated} = {diff}',
  },

  'check.rate.howShare': { zh: '“{target}”：增长 {total}', en: '"{target}": +{total}' },
  'check.arith.levelTotal': same('{target} ÷ {base} − 1 = {total}'),
  'check.arith.increaseTotal': same('{target} ÷ {base} = {total}'),
  'check.rate.withinRounding': {
    zh: '{indicator}：年均增速 {rate} 与期间总增幅 {total}（复利年均 {compound}）只在四舍五入后一致；按 {rate} 复利 {n} 年，总增幅为 {grown}。',
    en: '{indicator}: the annual rate {rate} and the total growth {total} (compound {compound} a year) agree only after rounding; {rate} compounded for {n} years is +{grown}.',
  },
  'check.rate.withinApproximation': {
    zh: '{indicator}：年均增速 {rate} 与期间总增幅 {total}（复利年均 {compound}）不完全一致，但{which}，在其允许的幅度内相符；按 {rate} 复利 {n} 年，总增幅为 {grown}。',
    en: '{indicator}: the annual rate {rate} and the total growth {total} (compound {compound} a year) differ, but {which} and they agree within its slack; {rate} compounded for {n} years is +{grown}.',
  },
  // Which figures are 约/左右: a tester's 750亿元左右 beside a bare 7.5% had been said to be two approximate figures.
  'check.rate.approx.both': {
    zh: '两者均为“左右/约”的概数',
    en: 'both are approximate figures (左右/约)',
  },
  'check.rate.approx.rate': {
    zh: '年均增速为“左右/约”的概数',
    en: 'the rate is an approximate figure (左右/约)',
  },
  'check.rate.approx.total': {
    zh: '目标值为“左右/约”的概数',
    en: 'the target is an approximate figure (左右/约)',
  },
  'check.arith.withinRounding': same(
    '{how}; (1 + {total})^(1/{n}) − 1 = {compound}; (1 + {rate})^{n} − 1 = {grown}',
  ),
  'check.arith.compound': {
    zh: '复利年均: (1 + {total})^(1/{n}) − 1 = {compound}',
    en: 'compound annual: (1 + {total})^(1/{n}) − 1 = {compound}',
  },
  'check.arith.mean': {
    zh: '算术平均: {total} ÷ {n} = {mean}',
    en: 'arithmetic mean: {total} ÷ {n} = {mean}',
  },
  'check.arith.printedCompounded': {
    zh: '按所列年均增速复利: (1 + {rate})^{n} − 1 = {grown}',
    en: 'the printed rate compounded: (1 + {rate})^{n} − 1 = {grown}',
  },
  'check.arith.impliedByTotal': {
    zh: '{increase} ÷ {total} = {base}（据此推算的基数）',
    en: '{increase} ÷ {total} = {base} (the base this implies)',
  },
  'check.rate.arithmeticMean': {
    zh: '{indicator}：年均增速 {rate} 是期间总增幅 {total} 的算术平均（÷{n}），不是复合年均增速；按复利，{total} 的总增幅对应年均 {compound}，而年均 {rate} 连续 {n} 年将增长 {grown}。两个数字不能同时成立。',
    en: '{indicator}: the annual rate {rate} is the total growth {total} divided by {n} (an arithmetic mean), not a compound rate; compounded, +{total} is {compound} a year, and {rate} a year for {n} years is +{grown}. The two figures cannot both hold.',
  },
  'check.rate.disagreesDerived': {
    zh: '{indicator}：年均增速 {rate} 与由目标和基数推算的期间总增幅不一致：{how}（规划未直接列出此数），复利对应年均 {compound}。',
    en: '{indicator}: the annual rate {rate} disagrees with the total growth worked out from a target and the base: {how} (the plan does not print this figure), compound equivalent {compound} a year.',
  },
  'check.rate.disagreesArithmetic': {
    zh: '{indicator}：年均增速 {rate} 按规划的读法是期间总增幅 ÷ {n}，但总增幅 {total} ÷ {n} = {mean}，两者不一致。',
    en: '{indicator}: the annual rate {rate} is, as the plan reckons it, the total growth ÷ {n}; but {total} ÷ {n} = {mean}, and the two disagree.',
  },
  'check.rate.disagreesArithmeticDerived': {
    zh: '{indicator}：年均增速 {rate} 按规划的读法是期间总增幅 ÷ {n}，但由目标和基数推算的总增幅为 {how}（规划未直接列出此数），÷ {n} = {mean}，两者不一致。',
    en: '{indicator}: the annual rate {rate} is, as the plan reckons it, the total growth ÷ {n}; but the total worked out from a target and the base is {how} (the plan does not print this figure), and ÷ {n} = {mean}: the two disagree.',
  },
  'check.rate.disagrees': {
    zh: '{indicator}：年均增速 {rate} 与期间总增幅 {total} 不一致（复利对应年均 {compound}）。',
    en: '{indicator}: the annual rate {rate} disagrees with the total growth {total} (compound equivalent {compound} a year).',
  },
  'check.arith.levelOverRate': same('{target} ÷ (1 + {rate})^{n} = {base}'),
  'check.arith.increaseOverRate': same('{target} ÷ ((1 + {rate})^{n} − 1) = {base}'),
  'check.arith.increaseOverTotal': same('{target} ÷ {total} = {base}'),
  'check.arith.levelOverRateArithmetic': same('{target} ÷ (1 + {rate} × {n}) = {base}'),
  'check.arith.increaseOverRateArithmetic': same('{target} ÷ ({rate} × {n}) = {base}'),
  'check.base.statedDiffers': {
    zh: '{indicator}：{figures}推算的 {t0} 年基数为 {implied}，与规划所列基数 {stated} 不符（相差 {diff}）。',
    en: '{indicator}: {figures} imply a {t0} base of {implied}, but the plan states {stated} ({diff} apart).',
  },
  'check.base.notStated': {
    zh: '{indicator}：规划未列出 {t0} 年基数；由{figures}推算，基数应为 {implied}{model}。请以统计年鉴数据核对。',
    en: '{indicator}: the plan states no {t0} base; {figures} imply {implied}{model}. Check it against the statistical yearbook.',
  },
  'check.base.agrees': {
    zh: '{indicator}：规划未列出 {t0} 年基数；由{figures}推算为 {implied}，与模型采用的基数 {model}（{source}）相符（相差 {diff}）。',
    en: '{indicator}: the plan states no {t0} base; {figures} imply {implied}, which agrees with the base the model uses, {model} ({source}; {diff} apart).',
  },
  'check.base.agreesEntered': {
    zh: '{indicator}：{t0} 年基数 {model}（{source}）与由{figures}推算的 {implied}相符（相差 {diff}）。',
    en: '{indicator}: the {t0} base {model} ({source}) agrees with the {implied} that {figures} imply ({diff} apart).',
  },
  'check.base.modelDiffers': {
    zh: '，而模型采用的基数为 {model}（{source}），相差 {diff}',
    en: ', while the model uses {model} ({source}), {diff} apart',
  },
  'check.arith.withModelBase': {
    zh: '{arithmetic}; 模型基数 {base} ({source})',
    en: '{arithmetic}; model base {base} ({source})',
  },

  'check.share.measureMixing': {
    zh: '“{share}”把{numeratorMeasure}的{numerator}（“{keyword}”）作为{denominatorMeasure}的{denominator}的比重：两者口径不同，比值不是占比，可以超过100%{above}。',
    en: '"{share}" takes {numerator} (“{keyword}”: {numeratorMeasure}) as a share of {denominator} ({denominatorMeasure}): different measures, so the ratio is not a share and can exceed 100%{above}.',
  },
  'check.share.alreadyAbove': {
    zh: '；按模型基数{source}，{t0}年该比值已达 {ratio}，高于目标 {target}',
    en: "; on the model's bases{source} it is already {ratio} in {t0}, above the {target} target",
  },
  'check.share.baseSource': { zh: '（{source}）', en: ' ({source})' },
  'check.arith.ratioAt': same('{t0}: {numerator} ÷ {denominator} = {ratio}'),
  'check.arith.ratioOf': same('{numerator} / {denominator}'),
  'check.arith.impliedDenominator': same('{numerator} ÷ {share} = {denominator}'),
  'check.share.implies': { zh: '“{share}”对应{denominator}', en: '“{share}” → {denominator}' },
  'check.share.denominators': {
    zh: '同以{denominator}为分母的比重目标，按各自的数值推算出的{year}年{denominator}互不相符（最大值是最小值的 {ratio} 倍）：{parts}。按所列数值，它们不可能指同一个{denominator}。',
    en: 'Share targets over the same {denominator} imply {year} values {ratio}× apart: {parts}. At the stated values they cannot refer to the same {denominator}.',
  },
  'check.share.vsBase': {
    zh: '按“{numeratorTarget}”的数值，比重达到 {share} 要求 {year} 年{denominator}不超过 {implied}，低于 {t0} 年的 {base}（{source}），即{denominator}须年均下降 {fall}；{denominator}只要不减少，分子就须远超其目标（按 {t0} 年{denominator}计至少 {numeratorAtBase}）。',
    en: 'At the stated "{numeratorTarget}", a share of {share} requires {denominator} of at most {implied} in {year}, below {base} in {t0} ({source}): {denominator} would have to fall {fall} a year. If {denominator} does not shrink, the numerator must far exceed its target (at least {numeratorAtBase} at the {t0} level).',
  },
  'check.arith.shareVsBase': same(
    '{arithmetic}; ({implied} ÷ {base})^(1/{years}) − 1 = {rate}; {base} × {share} = {numeratorAtBase}',
  ),

  'check.parts.measureItem': {
    zh: '“{target}”（{keyword}，{measure}）',
    en: '"{target}" (“{keyword}”: {measure})',
  },
  'check.parts.measureMixing': {
    zh: '总量目标与其分项目标口径不一：{items}。增加值与总产值、营业收入、销售额不能相加，分项也不能作为总量的组成部分比较。',
    en: 'A total and its parts use different measures: {items}. Value added cannot be added to gross output, revenue or sales, nor can such parts be compared with the total.',
  },
  'check.arith.measureItem': same('{id}: “{keyword}” → {measure}'),
  'check.parts.notAdded': {
    zh: '“{target}”单位为{unit}，未计入',
    en: '"{target}" is in {unit}, not added',
  },
  'check.parts.unitNote': { zh: '（{items}）', en: ' ({items})' },
  'check.parts.mixedMeasures': {
    zh: '分项与总量口径不同（见“口径混用”），',
    en: 'the parts use different measures from the total (see measure-mixing); ',
  },
  'check.parts.over': {
    zh: '分项目标合计 {sum}，是总量目标“{total}”（{totalValue}）的 {ratio} 倍：{why}分项不可能是该总量的组成部分{unitNote}。',
    en: 'The parts\' targets add up to {sum}, {ratio}× the total "{total}" ({totalValue}): {why}they cannot be parts of that total{unitNote}.',
  },
  'check.parts.under': {
    zh: '分项目标合计 {sum}，达不到总量目标“{total}”（{totalValue}），差 {gap}；而这些分项构成了总量的全部。',
    en: 'The parts\' targets add up to {sum}, short of the total "{total}" ({totalValue}) by {gap}, yet they are all of it.',
  },
  'check.arith.partsSum': same('{terms} = {sum} {op} {total}'),

  'check.arith.quotaBuilt': same('{quota} × {n} = {built}'),
  'check.arith.quotaShort': same('{built} < {needed}'),
  'check.quota.baseNeeded': {
    zh: '（{stock} − {t0}年基数 {start}，{source}）',
    en: ' ({stock} − the {t0} base {start}, {source})',
  },
  'check.quota.cannotBuild': {
    zh: '每年 {quota} 的任务 {n} 年累计只有 {built}，而“{stock}”需要增加 {needed}{baseNeeded}：即使没有任何退出，年度任务也建不成存量目标。',
    en: 'A quota of {quota} a year adds only {built} over {n} years, but "{stock}" needs +{needed}{baseNeeded}: even with no exits the quota cannot build the stock target.',
  },
  'check.quota.howCohort': {
    zh: '资格有效期 {life} 年，到期按模型假设的续期率（{renewal}）续期{exit}',
    en: "items last {life} years and are renewed at the model's assumed rate ({renewal}){exit}",
  },
  'check.quota.exit': { zh: '、每年提前退出（{exit}）', en: ', with early exits ({exit})' },
  'check.quota.howStock': {
    zh: '按模型假设的流出（{outflow}）',
    en: "with the model's assumed outflow ({outflow})",
  },
  'check.quota.baseNote': {
    zh: '规划未列出 {t0} 年基数（模型取 {base}，{source}）；不计任何流失也需要基数至少 {needed}。',
    en: ' The plan states no {t0} base (the model uses {base}, {source}); even with nothing lost, {needed} would be needed at the start.',
  },
  'check.quota.shortfall': {
    zh: '年度任务每年 {quota}、{n} 年共 {built}，即使恰好完成，{indicator} {year} 年也只有 {reached}，达不到“{stock}”的 {stockValue}：{how}。{baseNote}',
    en: 'Meeting the quota of {quota} a year exactly ({built} over {n} years) leaves {indicator} at {reached} in {year}, short of "{stock}" ({stockValue}): {how}.{baseNote}',
  },
  'check.arith.quotaPath': {
    zh: '{built}; 基数 {start} + {added} = {ceiling} （无流失上限）; 模型路径 {year}: {reached} < {stock}',
    en: '{built}; base {start} + {added} = {ceiling} (no-loss ceiling); model path {year}: {reached} < {stock}',
  },

  'check.duplicates.item': { zh: '“{target}”（{value}）', en: '“{target}” ({value})' },
  'check.duplicates.stricter': {
    zh: '较严格的 {value} 同时满足较宽松者，应统一表述。',
    en: 'The stricter {value} implies the other; one figure should be stated.',
  },
  'check.duplicates.unify': { zh: '应统一表述。', en: 'One figure should be stated.' },
  'check.duplicates': {
    zh: '{indicator}在不同位置给出了不同的目标值：{items}。{advice}',
    en: '{indicator} has different targets in different places: {items}. {advice}',
  },
  'check.arith.duplicate': same('{id}: {comparator} {value}'),

  'check.statistic.derived': { zh: '由规划数字推算', en: 'derived from the plan’s figures' },
  'check.statistic.assumed': { zh: '假设', en: 'assumed' },
  'check.statistic.contradicts': {
    zh: '{indicator}：{t0} 年统计数据为 {statQty}（{statSource}），{otherKind}的数值为 {otherQty}（{otherSource}），相差 {diff}。推演采用统计数据。',
    en: '{indicator}: the published {t0} figure is {statQty} ({statSource}); the value {otherKind} is {otherQty} ({otherSource}), {diff} apart. The simulation uses the statistic.',
  },
  'check.arith.ratioMinusOne': same('{a} ÷ {b} − 1 = {diff}'),

  'check.reading.arithmetic': {
    zh: '{indicator}：年均 {rate} 按规划的算法读作总增幅 ÷ {n}（算术），即 {n} 年共增长 {arithmetic}；若按复利读，同一数字要求共增长 {compound}。',
    en: '{indicator}: {rate} a year is read as the plan computed it, the total divided by {n} (arithmetic): +{arithmetic} over {n} years. Read as compound, the same figure would require +{compound}.',
  },
  'check.otherReading': {
    zh: '“{target}”：公布的“{name}”（{year}年）为 {qty}（{source}）。它按另一种读法衡量这一目标（{reading}），与本工具对目标的读法不同，故未用于判断。{outcome}请先确认规划目标的口径，再引用其中一个数。',
    en: '“{target}”: the published “{name}” ({year}) is {qty} ({source}). It measures the target on another reading ({reading}) than the one this tool judges, so no verdict uses it. {outcome}Confirm what the plan means before quoting either figure.',
  },
  'check.otherReading.met': { zh: '按这一读法，目标已达到。', en: 'On that reading the target is met. ' },
  'check.otherReading.missed': {
    zh: '按这一读法，目标未达到。',
    en: 'On that reading the target is not met. ',
  },
  'check.arith.otherReading': { zh: '{qty} 对照“{target}”', en: '{qty} against “{target}”' },
  'check.reading.compound': {
    zh: '{indicator}：年均 {rate} 按复利读，即 {n} 年共增长 {compound}；若按总增幅 ÷ {n}（算术）读，只需共增长 {arithmetic}。',
    en: '{indicator}: {rate} a year is read as compound: +{compound} over {n} years. Read as the total divided by {n} (arithmetic), it would require only +{arithmetic}.',
  },
  'check.arith.reading': same('(1 + {rate})^{n} − 1 = {compound}; {rate} × {n} = {arithmetic}'),
} as const;

addEngineMessages(CHECK_MESSAGES);
