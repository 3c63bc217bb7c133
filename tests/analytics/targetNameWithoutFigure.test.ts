// A pasted row named as the plan prints a target, without its figure: 新增注册企业 for 新增注册企业4.5万户.
import { describe, expect, it } from 'vitest';
import { indicatorMatcher } from '../../engine/actuals/matchIndicator.ts';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { targetNameWithoutFigure } from '../../engine/actuals/targetNameWithoutFigure.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

describe('targetNameWithoutFigure', () => {
  it('takes off a trailing figure with its unit, 达 and 以上', () => {
    expect(targetNameWithoutFigure('新增注册企业4.5万户')).toBe('新增注册企业');
    expect(targetNameWithoutFigure('净增“五上”企业200家')).toBe('净增“五上”企业');
    expect(targetNameWithoutFigure('高新技术企业达200家以上')).toBe('高新技术企业');
    expect(targetNameWithoutFigure('中小企业研发投入强度3%以上')).toBe('中小企业研发投入强度');
  });
  it('leaves a name whose figure is not at its end, or is a range or a ratio', () => {
    expect(targetNameWithoutFigure('每年成功申报30家高新技术企业')).toBeNull();
    expect(targetNameWithoutFigure('省内领先的医养结合示范项目1-2个')).toBeNull();
    expect(targetNameWithoutFigure('二三产业结构25:75')).toBeNull();
    expect(targetNameWithoutFigure('打造国家级孵化器')).toBeNull();
  });
});

describe('a row named after a target without its figure', () => {
  const plan = yaohaiPlan();
  const match = indicatorMatcher(plan).match;

  it('an increase of a stock, its verb kept (新增注册企业), is refused with the reason and the yearly flow to use', () => {
    expect(match('新增注册企业')).toMatchObject({
      kind: 'notLevel',
      id: 'registered_enterprises',
      targetKind: 'increase',
      inflow: 'new_enterprises',
    });
    const r = parseActuals('指标\t单位\t2021\t2022\n新增注册企业\t户\t6100\t7200\n', plan);
    expect(r.actuals).toEqual({});
    expect(r.issues[0]).toMatchObject({ code: 'targetNotLevel', params: { inflow: 'new_enterprises' } });
    expect(r.issues[0]!.messageZh).toContain('新设企业数');
    expect(r.issues[0]!.message).toContain('New enterprises registered');
  });
  it('its verb taken off too, it names the stock (五上企业, 五上企业数 for 净增“五上”企业200家)', () => {
    expect(match('五上企业')).toMatchObject({ kind: 'found', id: 'five_up_enterprises' });
    expect(match('五上企业数')).toMatchObject({ kind: 'found', id: 'five_up_enterprises' });
    expect(match('净增五上企业')).toMatchObject({ kind: 'notLevel', id: 'five_up_enterprises' });
    const r = parseActuals('指标\t2021\t2022\n“五上”企业数\t702\t748\n', plan);
    expect(r.actuals).toEqual({ five_up_enterprises: { '2021': 702, '2022': 748 } });
  });
  it('a running sum’s target without its figure is the yearly flow it sums (培育高新技术企业)', () => {
    expect(match('培育高新技术企业')).toMatchObject({ kind: 'found', id: 'hte_new_certifications' });
    // The stock keeps its own name.
    expect(match('高新技术企业')).toMatchObject({ kind: 'found', id: 'high_tech_enterprises' });
  });
  it('a level target without its figure names its indicator (在孵企业 for 在孵企业达100家)', () => {
    expect(match('医养结合康养机构')).toMatchObject({ kind: 'found' });
  });
});
