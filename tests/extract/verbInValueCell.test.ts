// A printed 主要指标 table often writes the verb into the value cell (新增3, 累计3, 提高2, 下降14, 超过150); the
// reader had refused each as "not a number". The verb is the row's kind where the 类型 column is empty, agrees
// with it where it says the same, and is refused, saying so, only where it contradicts it.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { readPlanTable } from '../../engine/table/readPlanTable.ts';
import { tableIssueText } from '../../engine/table/tableIssueMessage.ts';

const read = (rows: string[]) => readPlanTable(['指标,单位,目标年,目标值,类型', ...rows].join('\n'));
const drafted = (r: ReturnType<typeof read>) =>
  r.targets.map((t) => [t.name, t.kind, t.value, t.comparator, t.total ?? false]);

describe('a verb in a table’s value cell', () => {
  it('is the row’s kind where the 类型 column is empty', () => {
    const r = read([
      '科技型中小企业,家,2028,新增40,',
      '城镇新增就业,万人,2028,累计2.5,',
      '户籍人口城镇化率,个百分点,2028,提高2,',
      '万元工业增加值能耗,%,2028,下降11,',
      '化学需氧量排放,%,2028,年均下降2.4,',
      '社会消费品零售总额,%,2028,年均增长6,',
      '国家级孵化器,家,2028,超过15,',
    ]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(drafted(r)).toEqual([
      ['科技型中小企业', 'increase', 40, '>=', false],
      ['城镇新增就业', 'increase', 2.5, '>=', true],
      ['户籍人口城镇化率', 'pp-change', 2, '>=', false],
      ['万元工业增加值能耗', 'cumulative-growth', -11, '<=', false],
      ['化学需氧量排放', 'growth', -2.4, '<=', false],
      ['社会消费品零售总额', 'growth', 6, '>=', false],
      ['国家级孵化器', 'level', 15, '>', false],
    ]);
    // A fall said in the cell is no positive figure read as one: no read-as-fall warning.
    expect(r.issues.filter((i) => i.code === 'read-as-fall')).toEqual([]);
  });

  it('reads a level reached (提高到, 下降到) as a level, its comparator the way it goes', () => {
    const r = read(['户籍人口城镇化率,%,2028,提高到70,', '万元工业增加值能耗,吨标准煤/万元,2028,下降到0.4,']);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(drafted(r)).toEqual([
      ['户籍人口城镇化率', 'share', 70, '>=', false],
      ['万元工业增加值能耗', 'level', 0.4, '<=', false],
    ]);
  });

  it('agrees with a 类型 that says the same, a fall’s 以上 making it a floor on the fall', () => {
    const r = read([
      '科技型中小企业,家,2028,新增40,新增',
      '城镇新增就业,万人,2028,累计2.5,累计',
      '万元工业增加值能耗,%,2028,下降11以上,累计增长',
      '化学需氧量排放,%,2028,下降2.4,年均增长',
    ]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(drafted(r)).toEqual([
      ['科技型中小企业', 'increase', 40, '>=', false],
      ['城镇新增就业', 'increase', 2.5, '>=', true],
      ['万元工业增加值能耗', 'cumulative-growth', -11, '<=', false],
      ['化学需氧量排放', 'growth', -2.4, '<=', false],
    ]);
  });

  it('is refused, saying why, where it contradicts the 类型 column', () => {
    const r = read([
      '科技型中小企业,家,2028,新增40,总量',
      '城镇新增就业,万人,2028,累计3,年均增长',
      '万元工业增加值能耗,%,2028,下降11,占比',
    ]);
    expect(r.targets).toEqual([]);
    const said = r.issues.filter((i) => i.severity === 'error');
    expect(said.map((i) => [i.row, i.code])).toEqual([
      [2, 'verb-contradicts-kind'],
      [3, 'verb-contradicts-kind'],
      [4, 'verb-contradicts-kind'],
    ]);
    expect(tableIssueText(said[0]!, 'zh')).toContain('“新增40”里的动词与类型“总量”不符');
    expect(tableIssueText(said[0]!, 'en')).toContain('"新增40": its verb contradicts the type "总量"');
  });

  it('reads in a table pasted with the text, naming the target once', () => {
    const draft = extractTargets(
      [
        '指标\t单位\t目标年\t目标值',
        '万元工业增加值能耗\t%\t2028\t下降11',
        '科技型中小企业\t家\t2028\t新增40',
      ].join('\n'),
      { targetYear: 2028 },
    );
    expect(draft.messages).toEqual([]);
    const { plan } = generatePlan(draft.targets, { targetYear: 2028 });
    expect(plan.targets.map((t) => t.name.zh)).toEqual([
      '万元工业增加值能耗：下降11%',
      '科技型中小企业：新增40家',
    ]);
  });
});

// The 类型 column of a printed table may say the fall itself (下降, 累计下降, 年均下降): it had been refused as no
// known kind, and the row dropped.
describe('a verb in the 类型 column', () => {
  it('says the kind and the fall’s sign, and names the target once', () => {
    const r = read([
      '万元工业增加值能耗,%,2028,11,下降',
      '万元工业增加值用水量,%,2028,9,累计下降',
      '化学需氧量排放,%,2028,2.4,年均下降',
      '燃煤锅炉,台,2028,减少30,下降',
    ]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(drafted(r)).toEqual([
      ['万元工业增加值能耗', 'cumulative-growth', -11, '<=', false],
      ['万元工业增加值用水量', 'cumulative-growth', -9, '<=', false],
      ['化学需氧量排放', 'growth', -2.4, '<=', false],
      ['燃煤锅炉', 'increase', -30, '<=', false],
    ]);
    const draft = extractTargets(
      ['指标\t单位\t目标年\t目标值\t类型', '万元工业增加值能耗\t%\t2028\t11\t下降'].join('\n'),
      { targetYear: 2028 },
    );
    expect(generatePlan(draft.targets, { targetYear: 2028 }).plan.targets[0]!.name.zh).toBe(
      '万元工业增加值能耗：下降11%',
    );
  });

  it('is still refused where it is no verb', () => {
    expect(read(['万元工业增加值能耗,%,2028,11,差不多']).issues.map((i) => i.code)).toEqual(['bad-kind']);
  });
});
