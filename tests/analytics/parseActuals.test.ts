import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { parseNumberCell } from '../../engine/actuals/parseNumberCell.ts';
import { questionedActuals } from '../../engine/actuals/questionedActuals.ts';
import { extractTargets } from '../../engine/extract/index.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { msg } from '../../engine/report/messages/message.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { questionedMessage } from '../../engine/report/verdictMessage.ts';
import { convertUnit, unitFactor } from '../../engine/units/unitFactor.ts';
import { yaohaiPlan, yaohaiWithStatistics } from '../engine/planFixtures.ts';
import { planFromTable } from '../extract/planFromTable.ts';
import { planFromText } from '../extract/planFromText.ts';
import { fixturePlan } from './fixturePlan.ts';

const plan = fixturePlan('mini.plan.json');

describe('parseNumberCell', () => {
  it('reads thousands separators, full-width digits, percents and unit suffixes', () => {
    expect(parseNumberCell('1,234.5')).toEqual({ kind: 'number', value: 1234.5, percent: false, unit: null });
    expect(parseNumberCell(' １２３４.５ ')).toMatchObject({ value: 1234.5 });
    expect(parseNumberCell('1 234 567')).toMatchObject({ value: 1234567 });
    expect(parseNumberCell('70%')).toMatchObject({ value: 70, percent: true });
    expect(parseNumberCell('485.72亿元')).toMatchObject({ value: 485.72, unit: '亿元' });
    expect(parseNumberCell('-3.2')).toMatchObject({ value: -3.2 });
  });
  // Tester F's 约120 had been refused as not a number: a communiqué's approximate figure is its figure, said so.
  it('reads an approximate figure (约120, 120左右) as its number, marked approximate', () => {
    expect(parseNumberCell('约120')).toEqual({
      kind: 'number',
      value: 120,
      percent: false,
      unit: null,
      approx: true,
    });
    expect(parseNumberCell('1.2亿元左右')).toMatchObject({ value: 1.2, unit: '亿元', approx: true });
    expect(parseNumberCell('大约 30%')).toMatchObject({ value: 30, percent: true, approx: true });
    expect(parseNumberCell('约').kind).toBe('error');
    expect(parseNumberCell('约三十').kind).toBe('error');
    const pasted = parseActuals(['指标\t2022\t2023', '在孵企业数\t95\t约120'].join('\n'), yaohaiPlan());
    expect(pasted.actuals.incubated_firms).toEqual({ '2022': 95, '2023': 120 });
    const note = pasted.issues.find((i) => i.code === 'approxFigure')!;
    expect(note).toMatchObject({ severity: 'info', row: 2, column: 3 });
    expect(note.messageZh).toContain('约数，按其数值读取');
  });
  it('treats statistical placeholders as blank', () => {
    for (const s of ['', '  ', '-', '—', '…', 'N/A']) expect(parseNumberCell(s).kind).toBe('blank');
  });
  it('says which number a cell with letters typed for digits would be', () => {
    expect(parseNumberCell('4OO')).toEqual({ kind: 'error', code: 'letterForDigit', text: '400' });
    expect(parseNumberCell('1O5.l')).toEqual({ kind: 'error', code: 'letterForDigit', text: '105.1' });
    expect(parseNumberCell('-2l')).toEqual({ kind: 'error', code: 'letterForDigit', text: '-21' });
    // After the point too (3.O had been "text after the number: .O").
    expect(parseNumberCell('3.O')).toEqual({ kind: 'error', code: 'letterForDigit', text: '3.0' });
    expect(parseNumberCell('12.5l')).toEqual({ kind: 'error', code: 'letterForDigit', text: '12.51' });
    expect(parseNumberCell('3.Other').kind).toBe('error');
    // A unit after a space, or a word, is not a mistyped digit.
    expect(parseNumberCell('4 OO').kind).toBe('number');
    expect(parseNumberCell('12Other')).toMatchObject({ kind: 'number', unit: 'Other' });
  });
  it('refuses cells that are not one clear number', () => {
    for (const s of ['1,2O4.5', '12,34', '2O22', '1.2.3', 'abc', '5%5'])
      expect(parseNumberCell(s).kind).toBe('error');
  });
});

describe('unit conversion', () => {
  it('converts magnitudes of the same base exactly', () => {
    expect(convertUnit(12345, '万元', '亿元')).toBe(1.2345);
    expect(convertUnit(5.86, '万户', '户')).toBe(58600);
    expect(unitFactor('亿元', '亿元')).toBe(1);
    expect(unitFactor('万亿元', '亿元')).toBe(1e4);
  });
  it('refuses different bases rather than guessing', () => {
    expect(unitFactor('亿美元', '亿元')).toBeNull();
    expect(unitFactor('户', '家')).toBeNull();
    expect(unitFactor('%', '亿元')).toBeNull();
    expect(unitFactor('万', '%')).toBeNull();
  });
  it('reads a bare magnitude as a number word in the indicator’s own unit: 5.2万 户 is 52,000 户', () => {
    expect(convertUnit(5.2, '万', '户')).toBe(52000);
    expect(convertUnit(616, '亿', '亿元')).toBe(616);
    expect(convertUnit(616, '亿', '万元')).toBe(6160000);
    expect(parseActuals('指标,年份,数值\n个体工商户数,2020,5.2万\n', yaohaiPlan()).actuals).toEqual({
      individual_businesses: { '2020': 52000 },
    });
  });
});

describe('parseActuals', () => {
  it('reads long CSV by id', () => {
    const r = parseActuals(
      'indicator,year,value\npillar_output,2021,454.5\npillar_output,2022,488.6\nhte,2022,95\n',
      plan,
    );
    expect(r.layout).toBe('long');
    expect(r.actuals).toEqual({ hte: { '2022': 95 }, pillar_output: { '2021': 454.5, '2022': 488.6 } });
    expect(r.issues).toEqual([]);
    expect(r.accepted).toBe(3);
  });

  it('reads wide CSV with quoted thousands separators', () => {
    const r = parseActuals('indicator,2021,2022,2023\ngdp,"1,010.5","1,071.1",\nhte,75,95,120\n', plan);
    expect(r.layout).toBe('wide');
    expect(r.actuals).toEqual({
      gdp: { '2021': 1010.5, '2022': 1071.1 },
      hte: { '2021': 75, '2022': 95, '2023': 120 },
    });
    expect(r.issues).toEqual([]);
  });

  it('reads a table pasted from WPS: Chinese headers, Chinese names, blanks, thousands separators, a unit column', () => {
    const pasted = [
      '表1　2021—2023年主要指标完成情况',
      '指标\t年份\t数值\t单位',
      '五大支柱产业中小企业生产总值\t2021\t4,545,000\t万元',
      '五大支柱产业中小企业生产总值\t2022\t488.6\t亿元',
      '地区生产总值\t2021年\t1,010.5\t亿元',
      '高新技术企业数\t2022\t\t家',
      '高新技术企业数\t2023\t120\t家',
      '支柱产业占比70%以上\t2022\t45.6\t%',
      '',
    ].join('\r\n');
    const r = parseActuals(pasted, plan);
    expect(r.layout).toBe('long');
    expect(r.actuals).toEqual({
      gdp: { '2021': 1010.5 },
      hte: { '2023': 120 },
      pillar_output: { '2021': 454.5, '2022': 488.6 },
      pillar_share: { '2022': 0.456 },
    });
    // The title row is reported, not silently skipped; the blank value cell is not an error.
    expect(r.issues.map((i) => [i.severity, i.row])).toEqual([['info', 1]]);
  });

  // 研发经费投入强度 for the plan's 全社会研发经费投入强度 had been refused with no hint: too far for a typo.
  it('hints at the plan’s name that holds the one pasted, never at a modelling part of it', () => {
    const rd = planFromTable(
      ['指标,单位,基期年,基期值,目标年,目标值,类型,比较', '全社会研发经费投入强度,%,2020,1.8,2025,2.5,,'],
      2025,
    );
    const r = parseActuals('指标\t2021\n研发经费投入强度\t2.1\n', rd);
    expect(r.actuals).toEqual({});
    expect(r.issues.find((i) => i.severity === 'error')!.messageZh).toBe(
      '规划中无此指标（是否指“全社会研发经费投入强度”？），该行不采用',
    );
  });

  it('reports a typo in an indicator name by row and column, with a hint, and keeps the valid rows', () => {
    const pasted =
      '指标\t年份\t数值\n高新技木企业数\t2022\t95\n高新技术企业数\t2023\t1,2O4\n地区生产总值\t2O22\t1071\n地区生产总值\t2023\t1,130.2\n';
    const r = parseActuals(pasted, plan);
    expect(r.actuals).toEqual({ gdp: { '2023': 1130.2 } });
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.row, i.column, i.value])).toEqual([
      [2, 1, '高新技木企业数'],
      [3, 3, '1,2O4'],
      [4, 2, '2O22'],
    ]);
    expect(errors[0]!.message).toContain('高新技术企业数');
    expect(errors[0]!.messageZh).toBe('规划中无此指标（是否指“高新技术企业数”？），该行不采用');
    expect(errors[1]!.messageZh).toBe('逗号不是千位分隔符（应如 1,234.5），该值不采用');
    // A tester: 2O24 got no hint where 49O got one.
    expect(errors[2]!.messageZh).toBe('不是四位年份：数字里混有字母 O 或 l，疑为 2022，该行不采用');
    expect(errors[0]!.columnName).toBe('指标');
  });

  // A tester: 高新技朮企业 (a character typed wrong and the 数 left off: two edits) got no hint at all.
  it('hints at a Chinese name two edits off', () => {
    const r = parseActuals('指标\t2023\n高新技朮企业\t173\n', plan);
    expect(r.issues.find((i) => i.severity === 'error')!.messageZh).toBe(
      '规划中无此指标（是否指“高新技术企业数”？），该行不采用',
    );
  });

  it('converts units written in the header and refuses units it cannot convert', () => {
    const r = parseActuals(
      '指标\t2021年（万元）\t2022年（万元）\n地区生产总值\t10,105,000\t10,711,000\n高新技术企业数\t75\t95\n',
      plan,
    );
    expect(r.actuals.gdp).toEqual({ '2021': 1010.5, '2022': 1071.1 });
    expect(r.actuals.hte).toBeUndefined();
    const refused = r.issues.filter((i) => i.severity === 'error');
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatchObject({ row: 3, column: 2, value: '75' });
    // The indicator by its name, as the page shows it; the issue's params keep the id.
    expect(refused[0]!.message).toMatch(/万元 cannot be converted to the unit of High-tech firms \(家\)/);
    expect(refused[0]!.messageZh).toBe('单位 万元 无法确定地换算为高新技术企业数的单位 家，该值不采用');
    expect(refused[0]!.params).toMatchObject({ indicator: 'hte' });
  });

  it('refuses a percentage for an indicator in 亿元; a unit in the cell that converts says what it is in', () => {
    const r = parseActuals('指标,年份,数值,单位\ngdp,2021,50%,亿元\ngdp,2022,1000亿元,万元\n', plan);
    expect(r.actuals).toEqual({ gdp: { '2022': 1000 } });
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.row)).toEqual([2]);
  });

  // An indicator the plan gives only a rate for is simulated as an index: levels in 元 were refused with a message
  // that did not say what it takes, and its own name with % had been refused too.
  it('reads yearly rates for an index, by its name with % or 增速, and says so when levels are given', () => {
    const text = '到2025年，城乡居民人均可支配收入年均增长7%，单位地区生产总值能耗下降14%。';
    const rated = loadPlan(
      JSON.parse(JSON.stringify(generatePlan(extractTargets(text).targets, { targetYear: 2025 }).plan)),
      'rates.plan.json',
    );
    const income = rated.indicators.find((i) => i.name.zh.startsWith('城乡居民人均可支配收入'))!;
    const energy = rated.indicators.find((i) => i.name.zh.startsWith('单位地区生产总值能耗'))!;
    const read = parseActuals(
      '指标\t单位\t2021\t2022\n城乡居民人均可支配收入增速\t%\t8\t5\n单位地区生产总值能耗\t%\t-3\t2\n',
      rated,
    );
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.actuals[income.id]!['2022']).toBeCloseTo(1.08 * 1.05, 12);
    // Of both signs, the rates are signed: −3 a fall, 2 a rise (this test had read the 2 as a fall too).
    expect(read.actuals[energy.id]!['2022']).toBeCloseTo(0.97 * 1.02, 12);
    const falls = parseActuals('指标\t单位\t2021\t2022\n单位地区生产总值能耗\t%\t3\t2\n', rated);
    // All positive, they are falls, as a 统计公报 writes 下降3%.
    expect(falls.actuals[energy.id]!['2022']).toBeCloseTo(0.97 * 0.98, 12);
    const levels = parseActuals('指标\t单位\t2021\n城乡居民人均可支配收入\t元\t32500\n', rated);
    expect(levels.actuals).toEqual({});
    expect(levels.issues[0]!.messageZh).toMatch(
      /规划只给了增速，按指数模拟，元 的数值无法换算；请改填各年增速（单位写 %）/,
    );
  });

  // 6100人 in a 万人 row had been refused as 单位相互矛盾, though the paste help says a unit may follow a number.
  it('reads 6100人 in a row whose unit is 万人 as 0.61 万人, and still refuses units that do not convert', () => {
    const jobs = planFromTable(
      [
        '指标,单位,基期年,基期值,目标年,目标值,类型,比较',
        '城镇新增就业人数,万人,2020,1.2,2025,1.5,总量,以上',
      ],
      2025,
    );
    const read = parseActuals('指标\t单位\t2021\t2022\n城镇新增就业人数\t万人\t1.25\t6100人\n', jobs);
    const id = jobs.indicators[0]!.id;
    expect(read.actuals).toEqual({ [id]: { '2021': 1.25, '2022': 0.61 } });
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const bad = parseActuals('指标\t单位\t2021\n城镇新增就业人数\t万人\t6100家\n', jobs);
    expect(bad.actuals).toEqual({});
    expect(bad.issues.map((i) => i.messageZh).join()).toMatch(/单位相互矛盾/);
  });

  // 2031 typed for 2021: inside a plan that runs to 2035, so a run had pinned it as if observed.
  it('refuses a year that has not come yet, where the caller says which year it is', () => {
    const text = 'indicator,year,value\ngdp,2031,1010.5\ngdp,2022,1071.1\n';
    const r = parseActuals(text, plan, { thisYear: 2026 });
    expect(r.actuals).toEqual({ gdp: { '2022': 1071.1 } });
    const issue = r.issues.find((i) => i.code === 'yearNotYet')!;
    expect(issue.severity).toBe('error');
    expect(issue.row).toBe(2);
    expect(issue.messageZh).toContain('2031年还没有到来（今年是2026年）');
    // The engine keeps no clock: without one the year is read as any other in the plan's window.
    expect(
      parseActuals(text, { ...plan, meta: { ...plan.meta, visionYear: 2035 } }).actuals.gdp,
    ).toHaveProperty('2031');
  });

  it('refuses both values when the same indicator and year disagree, whatever the row order', () => {
    const rows = ['gdp,2021,1010.5', 'gdp,2021,1010.6', 'gdp,2022,1071.1', 'hte,2022,95'];
    const a = parseActuals(`indicator,year,value\n${rows.join('\n')}`, plan);
    const b = parseActuals(`indicator,year,value\n${[...rows].reverse().join('\n')}`, plan);
    expect(a.actuals).toEqual({ gdp: { '2022': 1071.1 }, hte: { '2022': 95 } });
    expect(JSON.stringify(b.actuals)).toBe(JSON.stringify(a.actuals));
    expect(a.issues.filter((i) => i.severity === 'error')).toHaveLength(2);
  });

  // A long paste of one row repeated or contradicted: each message names the first rows and counts the rest
  // (every conflicting cell's message had listed every row in conflict: quadratic in the rows).
  it('names the first five rows of a conflict and counts the rest', () => {
    const rows = Array.from({ length: 7 }, (_, i) => `gdp,2021,${1000 + i}`);
    const r = parseActuals(`indicator,year,value\n${rows.join('\n')}`, plan);
    const conflicts = r.issues.filter((i) => i.code === 'conflictingDuplicates');
    expect(conflicts).toHaveLength(7);
    expect(conflicts[0]!.params).toMatchObject({ count: 7 });
    expect(conflicts[0]!.messageZh).toBe(
      '地区生产总值2021年出现 7 次且数值不同（第 2 行：1000；第 3 行：1001；第 4 行：1002；第 5 行：1003；第 6 行：1004；另有 2 行），均不采用',
    );
    expect(r.actuals.gdp).toBeUndefined();
  });

  it('says in words where a quote left open swallowed the rows after it, and writes a guess without ？，', () => {
    const quoted = parseActuals('指标,2023\n"高新技术企业数,173\n地区生产总值,780\n', plan);
    const quote = quoted.issues.find((i) => i.code === 'csvQuotes')!;
    expect(quote.row).toBe(2);
    expect(quote.messageZh).toMatch(/^引号未闭合/);
    expect(quote.message).not.toMatch(/Quoted field/);
    const typo = parseActuals('指标,2023\n高新技术企业数,1O0\n', plan).issues[0]!;
    expect(typo.messageZh).toBe('数字里混有字母 O 或 l，疑为 100，该值不采用');
  });

  it('matches the names a district words its indicators by: GDP for 地区生产总值, 企业数 for 企业', () => {
    const text =
      '截至2025年底，全区规模以上工业企业412家，制造业增加值占地区生产总值比重为31.5%。到2030年，规模以上工业企业达到600家以上，制造业增加值占地区生产总值比重保持在30%以上。';
    const draft = extractTargets(text);
    const own = loadPlan(generatePlan(draft.targets, { facts: draft.baseFacts }).plan, 'own.plan.json');
    const r = parseActuals('指标\t2026\n规模以上工业企业数\t455\n制造业增加值占GDP比重\t31.2%\n', own);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(Object.keys(r.actuals)).toHaveLength(2);
    const firms = own.indicators.find((i) => i.name.zh === '规模以上工业企业')!;
    expect(r.actuals[firms.id]).toEqual({ '2026': 455 });
  });

  it('refuses a paste over 2 MB whole, saying how large it is, and reads nothing of it', () => {
    const row = '高新技术企业数\t75\t95\n';
    const text = `指标\t2021\t2022\n${row.repeat(Math.ceil(2.2e6 / row.length))}`;
    const r = parseActuals(text, plan);
    expect(r.accepted).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual(['tooLarge']);
    expect(r.issues[0]!.messageZh).toMatch(/^粘贴的内容过大（[3-9]\.\d MB，上限 2 MB），未读取/);
    // Under the limit the same rows are one observation a year, repeated.
    const small = parseActuals(`指标\t2021\t2022\n${row.repeat(1000)}`, plan);
    expect(small.actuals.hte).toEqual({ '2021': 75, '2022': 95 });
    expect(small.issues.map((i) => i.code)).toEqual(['repeatedSame', 'repeatedSame']);
  });

  it('gives the same actuals for any permutation of rows', () => {
    const rows = [
      'pillar_output,2021,454.5',
      'gdp,2021,1010.5',
      'hte,2021,75',
      'pillar_output,2022,488.6',
      'hte,2022,95',
    ];
    const reference = JSON.stringify(parseActuals(`indicator,year,value\n${rows.join('\n')}`, plan).actuals);
    for (let k = 0; k < 10; k++) {
      const shuffled = [...rows].sort((x, y) => ((x.length * 31 + k * 7) % 11) - ((y.length * 17 + k) % 11));
      expect(JSON.stringify(parseActuals(`indicator,year,value\n${shuffled.join('\n')}`, plan).actuals)).toBe(
        reference,
      );
    }
  });

  it('reports an unquoted thousands separator in comma CSV instead of misreading the row', () => {
    const r = parseActuals('indicator,year,value\ngdp,2021,1,010.5\ngdp,2022,1071.1\n', plan);
    expect(r.actuals).toEqual({ gdp: { '2022': 1071.1 } });
    expect(r.issues[0]).toMatchObject({ severity: 'error', row: 2 });
  });

  it('reads a share written as 45.6 or 46.5% into a fraction, and warns on a bare 0.47 (read as 0.47%)', () => {
    const r = parseActuals(
      'indicator,year,value,unit\npillar_share,2021,45.6,\npillar_share,2022,46.5%,\npillar_share,2023,0.47,\n',
      plan,
    );
    const share = r.actuals.pillar_share!;
    expect(share['2021']).toBe(0.456);
    expect(share['2022']).toBe(0.465);
    expect(share['2023']).toBeCloseTo(0.0047, 15);
    // The note on the bare 0.47, then the question against 2022's 46.5% (a fraction typed for 47%).
    expect(r.issues.map((i) => [i.row, i.value, i.code])).toEqual([
      [4, '0.47', 'bareShareSmall'],
      [4, '0.47', 'decimalSlipYear'],
    ]);
    expect(r.issues[1]!.messageZh).toContain('疑为 47%');
  });

  it('reports an unrecognised header and unrecognised columns', () => {
    expect(parseActuals('foo,bar\n1,2\n', plan).issues[0]).toMatchObject({ severity: 'error', row: 1 });
    const r = parseActuals('指标,年份,数值,口径\ngdp,2021,1010.5,快报数\n', plan);
    expect(r.actuals).toEqual({ gdp: { '2021': 1010.5 } });
    expect(r.issues).toEqual([
      {
        severity: 'info',
        row: 1,
        column: 4,
        columnName: '口径',
        value: '口径',
        code: 'unknownColumn',
        params: {},
        message: 'column not recognised, ignored',
        messageZh: '未识别的列，已忽略',
        what: { code: 'actuals.unknownColumn', params: {} },
      },
    ]);
  });

  it('matches a row by the name the district publishes the indicator under (its statistics series)', () => {
    const plan = yaohaiWithStatistics();
    expect(plan.indicators.find((i) => i.id === 'high_tech_enterprises')!.aliases).toContainEqual({
      zh: '国家高新技术企业数',
      en: 'National high-tech enterprises (count)',
    });
    const r = parseActuals('指标,2024年\n国家高新技术企业数,190\n市场主体数,210000\n', plan);
    expect(r.issues).toEqual([]);
    expect(r.actuals).toEqual({
      high_tech_enterprises: { '2024': 190 },
      market_entities: { '2024': 210000 },
    });
    // Without the statistics the name is not the plan's: refused, with the plan's name suggested.
    expect(parseActuals('指标,2024年\n国家高新技术企业数,190\n', yaohaiPlan()).issues[0]!.severity).toBe(
      'error',
    );
  });

  it('passes over a note column (说明, 备注) without a word: it is the planner’s own', () => {
    for (const header of ['说明', '备注', 'Note']) {
      const r = parseActuals(`指标,年份,数值,${header}\ngdp,2021,1010.5,快报数\n`, plan);
      expect(r.actuals).toEqual({ gdp: { '2021': 1010.5 } });
      expect(r.issues).toEqual([]);
    }
  });

  it('gives every issue a Chinese message beside the English one', () => {
    const r = parseActuals(
      '表：2021年实际\n指标,年份,数值\ngdp,2021,1010.5\ngdp,2021,1020\nhte,1950,5\n',
      plan,
    );
    expect(r.issues.length).toBeGreaterThan(2);
    for (const i of r.issues) {
      expect(i.message).not.toMatch(/[\u4e00-\u9fff]{4}/u);
      expect(i.messageZh).toMatch(/[\u4e00-\u9fff]/u);
      expect(i.messageZh).not.toMatch(/\b(refused|ignored|row|year)\b/);
    }
    expect(r.issues.map((i) => i.messageZh)).toContain('表头上方的行，已忽略');
  });

  it('reads headerless rows of name, year, value', () => {
    const r = parseActuals('地区生产总值\t2021\t1010.5\n高新技术企业数\t2021\t75\n', plan);
    expect(r.actuals).toEqual({ gdp: { '2021': 1010.5 }, hte: { '2021': 75 } });
  });
});

describe('names with brackets', () => {
  it('keeps a bracket that is part of the name and reads one that is a unit', async () => {
    const { splitNameAndUnit } = await import('../../engine/actuals/matchIndicator.ts');
    expect(splitNameAndUnit('注册企业数（拥有企业数）')).toEqual({
      name: '注册企业数(拥有企业数)', // read half-width
      unit: null,
    });
    expect(splitNameAndUnit('社会消费品零售总额（亿元）')).toEqual({
      name: '社会消费品零售总额',
      unit: '亿元',
    });
    expect(splitNameAndUnit('新认定数(家/年)')).toEqual({ name: '新认定数', unit: '家/年' });
  });
});

// Issue 12, item 7: each of these was once read silently as a different number.
describe('pasted actuals that were misread', () => {
  const errorsOf = (text: string) => parseActuals(text, plan).issues.filter((i) => i.severity === 'error');
  it('a row named after a growth target is not stored as the indicator’s level', () => {
    const r = parseActuals('指标,年份,数值\n五大支柱产业生产总值年均增长7.5%,2022,8.5\n', plan);
    expect(r.actuals).toEqual({});
    expect(r.issues[0]).toMatchObject({
      code: 'targetNotLevel',
      params: { indicator: 'pillar_output', kind: 'growth' },
    });
    expect(r.issues[0]!.messageZh).toContain('年均增速');
  });
  it('a row named after an increase target is refused the same way (Yaohai: 新增注册企业4.5万户)', () => {
    const r = parseActuals('指标,年份,数值\n新增注册企业4.5万户,2022,20000\n', yaohaiPlan());
    expect(r.actuals).toEqual({});
    expect(r.issues[0]).toMatchObject({
      code: 'targetNotLevel',
      params: { indicator: 'registered_enterprises', kind: 'increase' },
    });
  });
  it('a level target’s name still names its indicator', () => {
    expect(parseActuals('指标,年份,数值\n高新技术企业达200家以上,2022,95\n', plan).actuals).toEqual({
      hte: { '2022': 95 },
    });
  });
  it('a fraction under a （%） header is read as written but said', () => {
    const r = parseActuals('指标,年份,数值（%）\npillar_share,2022,0.0245\n', plan);
    expect(r.actuals.pillar_share!['2022']).toBeCloseTo(0.000245, 12);
    expect(r.issues[0]).toMatchObject({
      severity: 'warning',
      code: 'percentUnitSmall',
      params: { percent: '2.45' },
    });
  });
  it('a share of 250% is refused', () => {
    const errors = errorsOf('指标,年份,数值\npillar_share,2022,250%\n');
    expect(errors[0]).toMatchObject({ code: 'shareOutOfRange', params: { percent: '250' } });
  });
  it('1.158 firms (European thousands) is refused with the whole number it probably means', () => {
    const errors = errorsOf('指标,年份,数值\nhte,2022,1.158\n');
    expect(errors[0]).toMatchObject({ code: 'notWholeCount', params: { whole: '1158' } });
    expect(errors[0]!.message).toContain('1158');
  });
  it('4.5万 of a count converts to a whole number and is accepted', () => {
    expect(parseActuals('指标,年份,数值\nhte,2022,0.0095万家\n', plan).actuals).toEqual({
      hte: { '2022': 95 },
    });
  });
  it('messages come from codes: the same code renders the same words in each language', () => {
    const a = errorsOf('指标,年份,数值\nhte,2022,12#a\n')[0]!;
    const b = errorsOf('指标,年份,数值\ngdp,2023,7#b\n')[0]!;
    expect(a.code).toBe('textAfterNumber');
    expect(a.messageZh).toBe('数字后有多余文字“#a”，该值不采用');
    expect(b.message).toBe('unexpected text "#b" after the number; value refused');
  });
});

// Found by the fuzzer (tests/fuzz/actuals.test.ts): which row came first decided how the table was read.
describe('row order never decides the layout', () => {
  it('a data row with a blank name and a year-like cell is not a wide header', () => {
    const rows = ['pillar_output,2022,488.6', ',2023,12#', 'hte,2022,95'];
    const a = parseActuals(rows.join('\n'), plan);
    const b = parseActuals([rows[1], rows[0], rows[2]].join('\n'), plan);
    expect(a.actuals).toEqual({ hte: { '2022': 95 }, pillar_output: { '2022': 488.6 } });
    expect(b.actuals).toEqual(a.actuals);
  });
  it('a headerless table is read when any row looks like name, year, value, not only the first', () => {
    const rows = ['no_such,2023,5', 'gdp,2022,1071.1'];
    expect(parseActuals(rows.join('\n'), plan).actuals).toEqual({ gdp: { '2022': 1071.1 } });
    expect(parseActuals([...rows].reverse().join('\n'), plan).actuals).toEqual({ gdp: { '2022': 1071.1 } });
  });
});

// 吴工: 研发投入强度, 单位GDP能耗降低 and PM2.5年均浓度, as a 统计公报 shortens them, had found nothing for the
// plan's 研究与试验发展经费投入强度, 单位地区生产总值能源消耗降低 and 细颗粒物（PM2.5）年均浓度.
describe('a short form of the plan’s name', () => {
  const county = planFromTable(
    [
      '指标,单位,2020年,2025年',
      '研究与试验发展经费投入强度,%,1.45,2.2',
      '单位地区生产总值能源消耗降低,%,—,〔14〕',
      '细颗粒物（PM2.5）年均浓度,微克/立方米,38,35以内',
      '每万人口发明专利拥有量,件,3.1,6',
    ],
    2025,
  );
  const id = (name: string) => county.indicators.find((i) => i.name.zh.startsWith(name))!.id;

  it('is read as the plan’s indicator where it reaches only one', () => {
    const r = parseActuals(
      [
        '指标\t2021\t2022',
        '研发投入强度\t1.58\t1.71',
        '单位GDP能耗降低\t3.2\t2.1',
        'PM2.5年均浓度\t36\t37',
        '每万人发明专利拥有量\t3.6\t4.3',
      ].join('\n'),
      county,
    );
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const share = county.indicators.find((i) => i.name.zh === '研究与试验发展经费投入强度')!.id;
    expect(r.actuals[share]).toEqual({ '2021': 0.0158, '2022': 0.0171 });
    expect(r.actuals[id('细颗粒物')]).toEqual({ '2021': 36, '2022': 37 });
    expect(r.actuals[id('每万人口发明专利拥有量')]).toEqual({ '2021': 3.6, '2022': 4.3 });
    expect(r.actuals[id('单位地区生产总值能源消耗')]!['2022']).toBeCloseTo(0.968 * 0.979, 12);
  });
});

// 吴工: a blank 2022 between 2021 and 2023 went unsaid; the run filled it in, and only a notice elsewhere told.
describe('a year left blank between two given', () => {
  const plan = planFromTable(['指标,单位,2020年,2025年', '每千人口执业（助理）医师数,人,2.3,2.9'], 2025);
  it('is said, by row and column; a blank after the last year given is not', () => {
    const r = parseActuals(
      '指标\t2021年\t2022年\t2023年\t2024年\n每千人口执业（助理）医师数\t2.45\t\t2.62\t\n',
      plan,
    );
    const blank = r.issues.filter((i) => i.code === 'blankBetween');
    expect(blank.map((i) => [i.severity, i.row, i.column])).toEqual([['info', 2, 3]]);
    expect(blank[0]!.messageZh).toContain('每千人口执业（助理）医师数2022年无数据');
    expect(Object.values(r.actuals)[0]).toEqual({ '2021': 2.45, '2023': 2.62 });
  });
});

// A 南岭区 planner's 规上工业增加值增速 and 单位GDP能耗下降 are rates with no level in the plan: simulated as an
// index (2025 = 1), they refused her yearly rates ("请填写…的实际数值"), the only figures a 统计公报 gives.
describe('yearly rates of a rate-only indicator', () => {
  const generated = planFromTable([
    '指标名称,单位,2025年基期,2030年目标',
    '规上工业增加值增速,%,—,7左右',
    '单位GDP能耗下降,%,—,[13.5]',
  ]);
  const id = (name: string) => generated.indicators.find((i) => i.name.zh.startsWith(name))!.id;

  it('chains them into the index, a fall read from positive rates of decline, and says so', () => {
    const r = parseActuals(
      ['指标\t2026\t2027', '规上工业增加值增速\t6.8\t5.3%', '单位GDP能耗降低率\t2.8\t2.6'].join('\n'),
      generated,
    );
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // The table's rate row names the indicator without its verb; the pasted name keeps it.
    expect(r.actuals[id('规上工业增加值（指数')]!['2026']).toBeCloseTo(1.068, 12);
    expect(r.actuals[id('规上工业增加值（指数')]!['2027']).toBeCloseTo(1.068 * 1.053, 12);
    expect(r.actuals[id('单位GDP能耗')]!['2027']).toBeCloseTo(0.972 * 0.974, 12);
    const said = r.issues.filter((i) => i.code === 'ratesChained').map((i) => i.messageZh);
    expect(said.join('\n')).toContain(
      '所填为逐年下降率（2026–2027年，正数即下降），已按 2025 年 = 1 逐年连乘换算为指数',
    );
  });

  // A tester's −3.2, 1.5, −2.5 for 单位GDP能耗: each read as a fall, the index stood at 0.93 where the signed rates
  // give 0.958 (the 1.5 a rise, under a message saying a positive figure is a fall).
  it('reads rates of both signs as signed growth rates, and warns that it did', () => {
    const r = parseActuals(
      ['指标\t2026\t2027\t2028', '单位GDP能耗降低率\t-3.2\t1.5\t-2.5'].join('\n'),
      generated,
    );
    expect(r.actuals[id('单位GDP能耗')]!['2028']).toBeCloseTo(0.968 * 1.015 * 0.975, 12);
    const said = r.issues.find((i) => i.code === 'ratesChained')!;
    expect(said.severity).toBe('warning');
    expect(said.messageZh).toContain('有正有负（2026–2028年），按带符号的增长率读');
    expect(said.messageZh).not.toContain('正数即下降');
    // All negative (a tester's −3.2, −2.8, −2.5): falls either way, and nothing to warn of.
    const falls = parseActuals(['指标\t2026\t2027', '单位GDP能耗降低率\t-3.2\t-2.8'].join('\n'), generated);
    expect(falls.actuals[id('单位GDP能耗')]!['2027']).toBeCloseTo(0.968 * 0.972, 12);
    const chained = falls.issues.find((i) => i.code === 'ratesChained')!;
    expect(chained.severity).toBe('info');
    expect(chained.messageZh).not.toContain('有正有负');
  });

  it('refuses a rate that cannot be chained, naming the year missing', () => {
    const r = parseActuals(['指标\t2027', '规上工业增加值增速\t5.3'].join('\n'), generated);
    expect(r.actuals).toEqual({});
    const gap = r.issues.find((i) => i.code === 'rateChainGap')!;
    expect(gap.messageZh).toContain('2027年的增速无法换算：缺少 2026 年的增速（须自 2026 年起逐年给出）');
  });
});

// The English page writes amounts in bn yuan: typed back, that unit had been refused, and a bare 45 meant as
// 45 bn yuan was read in the plan's 亿元 (4.5 bn yuan).
describe('English unit words', () => {
  it('convert as the page writes them, in a unit column or after the number', () => {
    const plan = yaohaiPlan();
    const column = parseActuals('indicator\tunit\t2021\npillar_output\tbn yuan\t45\n', plan);
    expect(column.actuals).toEqual({ pillar_output: { '2021': 450 } });
    const cells = parseActuals('indicator\t2021\t2022\npillar_output\t45 bn yuan\t4,900 m yuan\n', plan);
    expect(cells.actuals).toEqual({ pillar_output: { '2021': 450, '2022': 49 } });
    expect(cells.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('read a magnitude only before a base they name', () => {
    expect(convertUnit(3, '× 10k entities', '户')).toBe(30000);
    expect(convertUnit(2, 'bn usd', '亿美元')).toBe(20);
    expect(convertUnit(5, 'm3', '亿元')).toBeNull();
  });
});

// The English data request named a row "Five-above" enterprises… with an ASCII quote first: pasted back from a
// sheet, the quote opened a quoted field and swallowed the rows after it (20 of 52 values read).
describe('the embedded plan’s English names, pasted back', () => {
  it('read one row each', () => {
    const plan = yaohaiPlan();
    const rows = plan.indicators.map((i) => `${i.name.en ?? i.name.zh}\t1`);
    const parsed = parseActuals(`indicator\t2025\n${rows.join('\n')}\n`, plan);
    const read = Object.keys(parsed.actuals).length;
    // Every row is one indicator's or refused on its own (a derived total, a target's name): none is swallowed.
    const refusedRows = new Set(parsed.issues.filter((i) => i.severity === 'error').map((i) => i.row)).size;
    expect(read + refusedRows).toBe(plan.indicators.length);
  });
});

// A pasted −500, 1e300 or 49000 万元 (4.9 亿元 beside a GDP of 616 亿元) had read "1 values read" and nothing
// else: kept, each now comes with a question naming the figure and the base it is compared with.
describe('values that look like slips', () => {
  // 3450000 typed for 万元 in the 亿元 row had been kept, and judged 已完成 at 完成进度 3,164,907%.
  it('refuse a negative amount and money 30 times off its base, and question a count', () => {
    const plan = yaohaiWithStatistics();
    const r = parseActuals('指标\t2021\t2022\t2023\t2024\n地区生产总值\t-500\t1e300\t49000万元\t700\n', plan);
    expect(r.actuals.gdp).toEqual({ '2024': 700 });
    expect(r.issues.map((i) => [i.severity, i.code, i.column])).toEqual([
      ['error', 'negativeAmountRefused', 2],
      ['error', 'farFromBaseRefused', 3],
      ['error', 'farFromBaseRefused', 4],
      // 700 kept for 2024, over the published 800: said.
      ['info', 'enteredOverPublished', 5],
    ]);
    expect(r.issues[1]!.messageZh).toContain('多为单位或位数有误（如万元填入亿元栏）');
    // A count may grow thirtyfold from a small base: kept, with the question.
    const counts = parseActuals('指标\t年份\t数值\n在库“五上”企业数\t2023\t20000\n', plan);
    expect(counts.actuals.five_up_enterprises).toEqual({ '2023': 20000 });
    expect(counts.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'farFromBase']]);
  });

  // A tester: −5 高新技术企业 in 2025 had been kept with a question, then settled its target as 未完成 (已定).
  it('refuse a negative count, and keep a negative net increase (a derived difference) with the question', () => {
    const plan = yaohaiWithStatistics();
    const r = parseActuals(
      '指标\t年份\t数值\n高新技术企业数\t2025\t-5\n注册企业净增数（自2020年累计）\t2023\t-300\n',
      plan,
    );
    expect(r.actuals.high_tech_enterprises).toBeUndefined();
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([
      ['error', 'negativeAmountRefused'],
      ['warning', 'negativeAmount'],
    ]);
    expect(r.issues[0]!.messageZh).toBe('高新技术企业数不能为负数（-5家）：请核对后重新录入，该值不采用');
    expect(r.actuals.enterprise_net_additions).toEqual({ '2023': -300 });
  });

  // With no base, the level the plan prints is the scale: 5 万亿元 for an output the plan puts at 607 亿元 in 2025
  // had been kept without a word, and its target read 已完成 on it.
  it('refuse money 30 times off the level the plan prints where it gives no base, and question a count', () => {
    const plan = yaohaiWithStatistics();
    expect(plan.indicators.find((i) => i.id === 'pillar_output')!.base).toBeUndefined();
    const r = parseActuals('指标\t年份\t数值\t单位\n五大支柱产业中小企业生产总值\t2023\t5\t万亿元\n', plan);
    expect(r.actuals.pillar_output).toBeUndefined();
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'farFromPlanFigureRefused']]);
    expect(r.issues[0]!.messageZh).toContain(
      '与规划印出的五大支柱产业中小企业生产总值2025年目标 607亿元 相差 30 倍以上',
    );
    // Within thirty times of it, read as any figure is: no word.
    const fine = parseActuals('指标\t年份\t数值\n五大支柱产业中小企业生产总值\t2023\t520\n', plan);
    expect(fine.actuals.pillar_output).toEqual({ '2023': 520 });
    expect(fine.issues).toEqual([]);
  });

  // 赵工: 4.25 typed for a 城镇化率 of 42.5% had been read without a word, then judged 难以达成 at −93.74% a year.
  it('questions a value a slipped decimal point explains, and keeps it', () => {
    const urban = planFromTable(
      ['指标,单位,2020年,2025年', '常住人口城镇化率,%,41.5,48', '高新技术企业数,家,12,30'],
      2025,
    );
    const r = parseActuals('指标\t2021\t2022\n常住人口城镇化率\t4.25\t43\n', urban);
    expect(Object.values(r.actuals)[0]).toEqual({ '2021': 0.0425, '2022': 0.43 });
    expect(r.issues.map((i) => [i.severity, i.code, i.row, i.column])).toEqual([
      ['warning', 'decimalSlip', 2, 2],
    ]);
    expect(r.issues[0]!.messageZh).toContain(
      '4.25% 与常住人口城镇化率的基期值 41.5% 相差甚远，疑为 42.5%（小数点错位）',
    );
    // Money: 70.26 for a GDP of 702.6 亿元 is kept with the question (a tenfold slip is not the 30× refusal).
    const gdp = parseActuals('指标\t年份\t数值\n地区生产总值\t2021\t70.26\n', yaohaiWithStatistics());
    expect(gdp.actuals.gdp).toEqual({ '2021': 70.26 });
    // Kept, it replaces the published 702.6, which is said too.
    expect(gdp.issues.map((i) => i.code)).toEqual(['decimalSlip', 'enteredOverPublished']);
    expect(gdp.issues[0]!.messageZh).toContain('疑为 702.6亿元');
    // A count may grow tenfold: 120 firms from 12 is not questioned.
    const firms = parseActuals('指标\t年份\t数值\n高新技术企业数\t2024\t120\n', urban);
    expect(firms.issues).toEqual([]);
    // A population of 726,000 may not (钱主任: 715 for 71.5 万人 had passed without a word).
    const people = planFromTable(['指标,单位,2020年,2025年', '常住人口,万人,72.6,72'], 2025);
    const slip = parseActuals('指标\t年份\t数值\n常住人口\t2023\t715\n', people);
    expect(slip.issues.map((i) => i.code)).toEqual(['decimalSlip']);
    expect(slip.issues[0]!.messageZh).toContain('疑为 71.5万人');
  });

  it('questions a value against the year before it, where the base is too far back to tell (郑处长)', () => {
    // 9,100 户 after 82,000: ×10 is 1.55 times the 2020 base of 58,639 (beyond a quarter), 1.11 times 2023.
    const firms = planFromTable(['指标,单位,2020年,2025年', '注册企业数,户,58639,103400'], 2025);
    const r = parseActuals('指标\t2021\t2022\t2023\t2024\n注册企业数\t66000\t74000\t82000\t9100\n', firms);
    expect(Object.values(r.actuals)[0]).toEqual({
      '2021': 66000,
      '2022': 74000,
      '2023': 82000,
      '2024': 9100,
    });
    expect(r.issues.map((i) => [i.severity, i.code, i.row, i.column])).toEqual([
      ['warning', 'decimalSlipYear', 2, 5],
    ]);
    expect(r.issues[0]!.messageZh).toContain('9,100户 与注册企业数2023年的 82,000户 相差甚远，疑为 91,000户');
    // The slipped year does not make the good one after it look slipped.
    const mid = parseActuals('指标\t2021\t2022\t2023\n注册企业数\t66000\t7400\t82000\n', firms);
    expect(mid.issues.map((i) => [i.code, i.column])).toEqual([['decimalSlipYear', 3]]);
    // Growth as the plan expects it raises nothing.
    const fine = parseActuals('指标\t2021\t2022\n注册企业数\t66000\t74000\n', firms);
    expect(fine.issues).toEqual([]);
  });
});

// A tester pasted the stock of 规上工业企业 (347, 375, 406) in the row of 每年新增30家: read as yearly additions,
// the target stood at 完成进度 752%, 快于预期, though the plan prints the 2020 stock, 312家, beside it.
describe('a total pasted for a yearly figure', () => {
  const text = [
    '一、发展基础',
    '2020年，全区规模以上工业企业312家。',
    '二、发展目标',
    '到2025年，每年新增规模以上工业企业不少于30家。',
  ].join('\n');
  const plan = planFromText(text, 2025);

  it('is questioned, naming the total the plan prints', () => {
    const r = parseActuals('指标\t单位\t2021\t2022\n规模以上工业企业\t家\t347\t35\n', plan);
    const asked = r.issues.filter((i) => i.code === 'looksLikeStock');
    expect(asked.map((i) => [i.severity, i.row, i.column])).toEqual([['warning', 2, 3]]);
    expect(asked[0]!.messageZh).toContain('所填 347家 却接近规划印出的2020年总数 312家');
    // Kept as entered: the planner decides.
    expect(Object.values(r.actuals)[0]).toEqual({ '2021': 347, '2022': 35 });
  });

  it('marks the verdicts resting on it, with the addition the totals would give', () => {
    const id = plan.indicators[0]!.id;
    const asked = questionedActuals(plan, { [id]: { '2021': 347, '2022': 375, '2023': 406 } });
    expect(asked.map((q) => [q.year, q.why, q.guess])).toEqual([
      [2021, 'stock', 35],
      [2022, 'stock', 28],
      [2023, 'stock', 31],
    ]);
    const said = renderMessage('zh', questionedMessage(msg('verdict.basis.data'), asked.slice(0, 1)));
    expect(said).toContain(
      '2021年规模以上工业企业（每年） 347 家 接近规划印出的总数，疑为年末总数（当年新增约 35 家）',
    );
    // Yearly additions of the size the plan asks for are not questioned.
    expect(questionedActuals(plan, { [id]: { '2021': 35, '2022': 28 } })).toEqual([]);
  });
});
