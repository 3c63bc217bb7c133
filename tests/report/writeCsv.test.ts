// The one CSV writer (engine/report/writeCsv.ts) that the CLI and the page share.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { BOM, writeCsv } from '../../engine/report/writeCsv.ts';
import { fixturePath } from '../analytics/fixturePlan.ts';
import { captureCli, tempFile } from '../cliInProcess.ts';

const FORMULAS = [
  '=HYPERLINK("http://x","y")',
  '@SUM(A1:A2)',
  '+1+1',
  "-2+3+cmd|' /C calc'!A0",
  '\t=1',
  '\r=1',
  '=a\nb',
];

describe('writeCsv', () => {
  it('escapes every text cell starting with = + - @, tab or CR, and keeps numbers as numbers', () => {
    const csv = writeCsv(['cell'], [...FORMULAS.map((f) => [f]), [-3], [0.5]]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('cell');
    for (const f of FORMULAS) expect(csv).toContain(`'${f.replace(/"/g, '""')}`);
    expect(lines).toContain('-3');
    expect(lines).toContain('0.5');
  });
  it('leaves a signed number alone, as a spreadsheet reads it as that number', () => {
    const csv = writeCsv(['cell'], [['+16.7%'], ['-3.5'], ['+1,234'], ['+16.7%;=1'], ['+1 家']]);
    const lines = csv.split('\r\n');
    expect(lines.slice(1, 4)).toEqual(['+16.7%', '-3.5', '"+1,234"']);
    // Anything more after the number is marked as before; a quantity with its unit keeps its sign full-width.
    expect(lines[4]).toBe(`"'+16.7%;=1"`);
    expect(lines[5]).toBe('＋1 家');
  });

  it('writes CRLF, a BOM only when asked, and an empty cell for a non-finite number', () => {
    expect(writeCsv(['a', 'b'], [[Number.POSITIVE_INFINITY, '指标']])).toBe('a,b\r\n,指标\r\n');
    expect(writeCsv(null, [['x']], { bom: true })).toBe(`${BOM}x\r\n`);
  });
});

describe('the CLI writes CSV through it', () => {
  it('evaluate --format csv escapes a target name that looks like a formula', async () => {
    const doc = JSON.parse(readFileSync(fixturePath('mini.plan.json'), 'utf8'));
    doc.targets[0].name.zh = '=HYPERLINK("http://evil","点此")';
    const plan = tempFile('mini.plan.json', JSON.stringify(doc));
    const actuals = fixturePath('mini.actuals.tsv');
    const r = await captureCli(main, [
      'evaluate',
      '--plan',
      plan,
      '--actuals',
      actuals,
      '--format',
      'csv',
      '--paths',
      '50',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://evil"",""点此"")"`);
    expect(r.stdout).not.toMatch(/(^|,)=HYPERLINK/m);
  });
  // 周科长: 1175.0500000000002 and 30.900000000000006 in a file handed on as a table of figures.
  it('run --format csv writes no floating-point tail', async () => {
    const r = await captureCli(main, ['run', '--format', 'csv', '--paths', '500', '--seed', '1']);
    expect(r.code).toBe(0);
    const cells = r.stdout
      .split('\r\n')
      .slice(1)
      .flatMap((l) => l.split(',').slice(3));
    expect(cells.length).toBeGreaterThan(1000);
    expect(cells.filter((c) => /\.\d*(?:0{6,}|9{6,})\d$/.test(c))).toEqual([]);
  });
  it('run --format csv ends its lines with CRLF', async () => {
    const r = await captureCli(main, ['run', '--format', 'csv', '--paths', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe(
      'indicator,unit,year,deterministic,p5,p10,p25,p50,p75,p90,p95,mean,paths,seed',
    );
  });
});

// A rise with its unit or a range ("+10 家 – +14 家") had been written "'+10 家 – +14 家": escaped as a formula.
describe('a quantity signed with a plus', () => {
  it('keeps its sign full-width, not behind an apostrophe, while a formula is still escaped', () => {
    const csv = writeCsv(['a', 'b', 'c', 'd'], [['+10 家 – +14 家', '+1.74 万户', '+16.7%', '+cmd|x']]);
    // Both signs of a range alike (周科长 read "＋10 家 – +14 家" as two kinds of plus).
    expect(csv.split('\r\n')[1]).toBe(`＋10 家 – ＋14 家,＋1.74 万户,+16.7%,"'+cmd|x"`);
    // A percentage with a word after it (the comparison's arithmetic median), and one with a formula after it.
    const said = writeCsv(['a', 'b'], [['+23.6%（算术平均）', '+16.7%;=1']]);
    expect(said.split('\r\n')[1]).toBe(`＋23.6%（算术平均）,"'+16.7%;=1"`);
  });
});
