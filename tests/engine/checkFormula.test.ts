// The formula allow-list: what planners may write, and what must be refused — including the payloads of
// the mathjs sandbox escapes fixed up to 15.2.0.
import { describe, expect, it } from 'vitest';
import { checkFormula, formulaErrorsMessage } from '../../engine/compile/formula/checkFormula.ts';
import { dependencyOrder } from '../../engine/compile/formula/dependencyOrder.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';

const scope = { indicators: new Set(['gdp', 'pillar_output']), parameters: new Set(['g']) };

describe('checkFormula', () => {
  it.each([
    'pillar_output / gdp',
    'prev(gdp) * (1 + g)',
    'year > 2025 ? g / 2 : g',
    'max(0, min(1, g * 2))',
    'clamp(g, 0, 0.2) + abs(-1) + sqrt(4) + 2^3 - log(e) + exp(0) + round(1.4) + pi * 0',
    'not (g > 0) or (g <= 1 and g != 0.5)',
  ])('accepts %s', (f) => {
    expect(checkFormula(f, scope).ok).toBe(true);
  });

  it('reports which names are read this year and last year', () => {
    const c = checkFormula('pillar_output / prev(gdp) + g', scope);
    if (!c.ok) throw new Error('should parse');
    expect([...c.formula.sameYear].sort()).toEqual(['g', 'pillar_output']);
    expect([...c.formula.prevYear]).toEqual(['gdp']);
  });

  it('refuses an empty or blank formula by name, without throwing (found by the formula fuzz)', () => {
    for (const source of ['', '   ']) {
      const r = checkFormula(source, scope);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.message)).toEqual(['empty formula']);
    }
  });

  it('names an unknown symbol and where it is', () => {
    const c = checkFormula('pillar_output / gpd', scope);
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.errors[0]!.message).toContain('unknown name "gpd"');
    expect(c.errors[0]!.position).toBe(16);
  });

  it('reports a syntax error at its position, in its own words', () => {
    const c = checkFormula('gdp * (1 + g', scope);
    expect(c.ok).toBe(false);
    // What is missing is missing at the end: no character past the last is named (it read 第 13 个字符处).
    if (!c.ok) expect(c.errors[0]).toMatchObject({ what: { code: 'input.formula.syntax.close' } });
    if (!c.ok) expect(c.errors[0]!.position).toBeUndefined();
    const op = checkFormula('gdp )', scope);
    if (!op.ok) expect(op.errors[0]).toMatchObject({ position: 4, what: { params: { op: ')' } } });
  });

  // 何工: a Chinese name, or a sign typed with a Chinese keyboard, had read "公式写法有误（解析器提示：Syntax error in
  // part …）": the parser's English inside the page's Chinese.
  it('names a Chinese name and a full-width sign in the page’s words, where they are', () => {
    const said = (f: string) => {
      const c = checkFormula(f, scope);
      expect(c.ok, f).toBe(false);
      return c.ok ? null : { at: c.errors[0]!.position, zh: renderMessage('zh', c.errors[0]!.what!) };
    };
    expect(said('gdp / 地区生产总值')).toEqual({
      at: 6,
      zh: '“地区生产总值”不是公式认得的名称：公式用指标和参数的标识（如 gdp、pillar_output），不用中文名称',
    });
    expect(said('五大支柱产业 + gdp')?.at).toBe(0);
    expect(said('（gdp + 1）* 2')).toEqual({ at: 0, zh: '公式只认半角符号：请把“（”改为“(”' });
    // One the parser would take in as a name (× read as 2x) is said too.
    expect(said('gdp × 2')).toEqual({ at: 4, zh: '公式只认半角符号：请把“×”改为“*”' });
    for (const f of ['gdp / 地区生产总值', '（gdp）', 'gdp × 2'])
      expect(said(f)?.zh).not.toMatch(/Syntax|error|part|解析器/);
  });

  // An auditor's constructor.constructor("return process")() read "解析器提示：Value expected (char 43)（第 43 个
  // 字符处）": English inside Chinese, the place twice, and nothing about what was wrong.
  it('names property access that fails to parse, at its dot, in the page words', () => {
    const c = checkFormula('constructor.constructor("return process")()', scope);
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.errors).toHaveLength(1);
    expect(c.errors[0]).toMatchObject({ position: 11, what: { code: 'input.formula.notAllowed' } });
    expect(renderMessage('zh', formulaErrorsMessage(c.errors))).toBe(
      '公式有误：第 12 个字符处：公式中不能使用属性访问或下标（a.b、a[1]）',
    );
    const end = checkFormula('gdp +', scope);
    expect(end.ok).toBe(false);
    if (!end.ok)
      expect(renderMessage('zh', formulaErrorsMessage(end.errors))).toBe(
        '公式有误：公式不完整：末尾缺少数值或名称',
      );
  });

  // Payloads of known mathjs escapes (CVE-2017-1001002/1001003, CVE-2020-7743, and the 2024–2025 property
  // access fixes) and the functions the issue names.
  it.each([
    'import({x: 1}, {override: true})',
    'import("fs")',
    'createUnit("foo")',
    'evaluate("1+1")',
    'parse("1")',
    'compile("1")',
    'simplify("x")',
    'derivative("x^2", "x")',
    'cos.constructor("return process")()',
    '[].map.constructor("return this")()',
    'x.constructor',
    'gdp.constructor',
    'gdp["constructor"]',
    'gdp.__proto__',
    '{}["__proto__"]',
    '{a: 1}',
    'f(x) = x',
    'gdp = 1',
    'config({number: "BigNumber"})',
    'typed("x", {"number": f})',
    '"a" + "b"',
    'matrix([1, 2])',
    '1:3',
    'gdp; g',
    'reviver("x")',
    'resize([1], [2])',
    'chain(1).done()',
    'prev(g)',
    'prev(prev(gdp))',
    'sum(1, 2)',
  ])('refuses %s', (f) => {
    const c = checkFormula(f, scope);
    expect(c.ok).toBe(false);
  });

  it('refuses a formula that is absurdly long or deep', () => {
    expect(checkFormula('g + '.repeat(600) + 'g', scope).ok).toBe(false);
    expect(checkFormula('('.repeat(100) + 'g' + ')'.repeat(100), scope).ok).toBe(false);
  });
});

describe('dependencyOrder', () => {
  it('puts dependencies first', () => {
    const r = dependencyOrder(
      new Map([
        ['share', ['gdp', 'out']],
        ['gdp', []],
        ['out', ['gdp']],
      ]),
    );
    expect(r).toEqual({ ok: true, order: ['gdp', 'out', 'share'] });
  });
  it('names the members of a cycle in order', () => {
    const r = dependencyOrder(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
        ['d', []],
      ]),
    );
    expect(r).toEqual({ ok: false, cycle: ['a', 'b', 'c', 'a'] });
  });
});
