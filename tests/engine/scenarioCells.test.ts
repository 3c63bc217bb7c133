// A scenario's notebook cells: accepted when their references resolve, refused with the place named when not.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/plan/loadScenario.ts';
import { PlanError } from '../../engine/plan/PlanError.ts';
import { growthPlan } from './planFixtures.ts';

const plan = growthPlan({ x0: 100, rate: 0.05 });
const ind = plan.indicators[0]!.id;

const base = {
  format: 'planpath/scenario@1',
  name: { zh: '带单元格' },
  formulas: [{ id: 'doubled', name: { zh: '两倍' }, unit: '亿元', formula: `${ind} * 2` }],
  notes: [{ id: 'n1', text: '说明' }, { text: '旧笔记，无 id' }],
};

function issuesOf(cells: unknown[]): string[] {
  try {
    loadScenario({ ...base, cells }, 's.json', plan);
    return [];
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    return error.issues.map((i) => i.path);
  }
}

describe('scenario cells', () => {
  it('accepts cells of each kind, in order, after built-in views', () => {
    const cells = [
      {
        id: 'c_chart',
        kind: 'chart',
        after: 'dashboard',
        indicators: [ind, 'doubled'],
        scenarios: ['current'],
      },
      { id: 'c_formula', kind: 'formula', after: 'dashboard', formula: 'doubled' },
      { id: 'c_note', kind: 'note', after: 'detail', note: 'n1', title: '为何' },
      { id: 'c_table', kind: 'table', after: 'notes', indicators: [ind] },
    ];
    const s = loadScenario({ ...base, cells }, 's.json', plan);
    expect(s.cells?.map((c) => c.id)).toEqual(['c_chart', 'c_formula', 'c_note', 'c_table']);
  });

  it('names each dangling reference and duplicate id', () => {
    expect(
      issuesOf([
        { id: 'a', kind: 'formula', after: 'dashboard', formula: 'missing' },
        { id: 'a', kind: 'note', after: 'dashboard', note: 'n9' },
        { id: 'b', kind: 'table', after: 'dashboard', indicators: [ind, 'nowhere'] },
      ]),
    ).toEqual(['cells[0] (a).formula', 'cells[1] (a)', 'cells[1] (a).note', 'cells[2] (b).indicators[1]']);
  });

  it('refuses an unknown kind or a place that is not a built-in view', () => {
    expect(() =>
      loadScenario({ ...base, cells: [{ id: 'x', kind: 'video', after: 'dashboard' }] }, 's.json', plan),
    ).toThrow(PlanError);
    expect(() =>
      loadScenario(
        { ...base, cells: [{ id: 'x', kind: 'table', after: 'sidebar', indicators: [ind] }] },
        's.json',
        plan,
      ),
    ).toThrow(/cells/);
  });
});
