// `planpath extract` end to end through the CLI's dispatcher (in process, output captured).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { DISTRICT_FIVE_YEAR } from './planTexts.ts';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'planpath-extract-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('planpath extract', () => {
  it('--format json prints the documented fields in order, and base facts apart', async () => {
    const r = await cli('extract', '--text', file('plan.txt', DISTRICT_FIVE_YEAR), '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.targets[0])).toEqual([
      'name',
      'figure',
      'offset',
      'value',
      'unit',
      'comparator',
      'kind',
      'year',
      'base',
      'aspirational',
      'nature',
      'section',
    ]);
    expect(out.targets[0]).toMatchObject({ figure: '1200亿元左右', value: 1200, year: 2025, nature: null });
    expect(out.baseFacts.map((f: { figure: string }) => f.figure)).toContain('860亿元');
  });

  it('--target-year sets what 期末 means', async () => {
    const r = await cli(
      'extract',
      '--text',
      file('end.txt', '期末，规上企业达到300家。'),
      '--target-year',
      '2026',
      '--format',
      'json',
    );
    expect(JSON.parse(r.stdout).targets[0].year).toBe(2026);
  });

  it('the table names its columns in Chinese', async () => {
    const r = await cli('extract', '--text', file('plan2.txt', DISTRICT_FIVE_YEAR));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /指标\s+原文\s+目标值\s+单位\s+比较\s+类型\s+目标年\s+基期值\s+力争\s+属性\s+章节/,
    );
    expect(r.stdout).toContain('1200亿元左右');
  });

  it('says each target’s 属性 as its table prints it, in JSON and in the table', async () => {
    const text =
      '到2030年，森林覆盖率达到48%。\n附表\n指标\t单位\t2025年\t2030年\t属性\n森林覆盖率\t%\t45\t48\t约束性\n';
    const json = await cli('extract', '--text', file('nature.txt', text), '--format', 'json');
    expect(JSON.parse(json.stdout).targets[0]).toMatchObject({ figure: '48%', nature: 'binding' });
    const zh = await cli('extract', '--text', file('nature.txt', text));
    expect(zh.stdout).toMatch(/48%.*约束性/);
    const en = await cli('extract', '--text', file('nature.txt', text), '--lang', 'en');
    expect(en.stdout).toMatch(/48%.*binding/);
  });

  it('an empty file fails with a message naming the file; a missing --text is a usage error', async () => {
    const empty = file('empty.txt', '\n');
    const r = await cli('extract', '--text', empty);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${empty}: 文本为空`);
    expect((await cli('extract', '--text', empty, '--lang', 'en')).stderr).toContain(
      `${empty}: The text is empty`,
    );
    expect((await cli('extract')).code).toBe(2);
  });
});

describe('planpath template and extract --table', () => {
  it('writes the CSV and xlsx templates; reading them back finds only the example row', async () => {
    const csv = join(dir, 'template.csv');
    expect((await cli('template', '--out', csv)).code).toBe(0);
    const back = await cli('extract', '--table', csv, '--format', 'json');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout).targets).toEqual([]);
    expect(back.stderr).toContain('第2行第1列（指标）：示例行，已跳过');
    const xlsx = join(dir, 'template.xlsx');
    expect((await cli('template', '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    expect(JSON.parse((await cli('extract', '--table', xlsx, '--format', 'json')).stdout).targets).toEqual(
      [],
    );
  });

  it('--of bases writes the base-year values the plan still needs; filled in, evaluate reads them back', async () => {
    const out = join(dir, 'bases.csv');
    const r = await cli('template', '--of', 'bases', '--out', out);
    expect(r.code).toBe(0);
    const [, n, targets] = /: (\d+) 2020 values, for (\d+) targets waiting/.exec(r.stdout)!;
    expect(Number(n)).toBeGreaterThan(10);
    expect(Number(targets)).toBeGreaterThanOrEqual(Number(n));
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF指标,单位,2020年,说明\r\n')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(Number(n) + 1);
    const filled = file('bases-filled.csv', text.replace(/^个体工商户数,户,,/m, '个体工商户数,户,52000,'));
    const back = await cli('evaluate', '--actuals', filled, '--format', 'json');
    expect(back.code).toBe(0);
    expect(back.stderr).toContain(`从 ${filled} 读取 1 个数值`);
    expect(back.stderr).not.toMatch(/(错误|注意|说明)：/);
  });

  it('--of bases refuses xlsx and the target template refuses --plan, naming the option', async () => {
    const out = join(dir, 'x.xlsx');
    const xlsx = await cli('template', '--of', 'bases', '--format', 'xlsx', '--out', out);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('--of bases writes CSV');
    const plan = await cli('template', '--plan', 'seeds/yaohai.plan.json', '--out', out);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('--plan applies to --of bases only');
  });

  // A retester: 数字经济核心产业占比 | % | 70 printed 类型 总量, though the plan generated from it simulates a share.
  it('prints a row in % as the share the generated plan makes it, with or without a 类型', async () => {
    const table = file(
      'shares.csv',
      [
        '指标,单位,基期年,基期值,目标年,目标值,类型',
        '数字经济核心产业占比,%,2020,55,2025,70,',
        '城镇化率,%,2020,60,2025,65,总量',
        '社会消费品零售总额,亿元,2020,450,2025,670,',
      ].join('\n'),
    );
    const planPath = join(dir, 'shares.plan.json');
    const r = await cli('extract', '--table', table, '--plan-out', planPath);
    expect(r.code).toBe(0);
    const kinds = r.stdout
      .split('\n')
      .filter((line) => /^[234] /.test(line))
      .map((line) => line.split(/\s{2,}/)[5]);
    expect(kinds).toEqual(['占比', '占比', '总量']);
    const plan = JSON.parse(readFileSync(planPath, 'utf8'));
    expect(plan.targets.map((t: { kind: string }) => t.kind)).toEqual(['share', 'share', 'level']);
    // In English the column gives the kind's code, and the JSON the same kind.
    expect((await cli('extract', '--table', table, '--lang', 'en')).stdout).toMatch(/^2 .* share /m);
    const json = JSON.parse((await cli('extract', '--table', table, '--format', 'json')).stdout);
    expect(json.targets.map((t: { kind: string }) => t.kind)).toEqual(['share', 'share', 'level']);
  });

  it('a bad cell gives exit code 1 and its row and column; --plan-out writes a plan that runs', async () => {
    const table = file(
      'targets.csv',
      '指标,单位,基期年,基期值,目标年,目标值\n地区生产总值,亿元,2020,800,2025,1200\n规上企业,家,2020,100,2025,一百五\n',
    );
    const planPath = join(dir, 'generated.plan.json');
    const r = await cli('extract', '--table', table, '--plan-out', planPath, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 3, column 6 (目标值): "一百五" is not a number');
    expect(r.stderr).toContain('1 targets simulated, of which 0 wait for a base');
    const run = await cli('run', '--plan', planPath, '--paths', '50', '--format', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).targets.map((t: { id: string }) => t.id)).toEqual(['t_01']);
  });
});
