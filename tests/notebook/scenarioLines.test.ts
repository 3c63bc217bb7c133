// A scenario is drawn alike in every chart: the comparison's colour and dash for its place in the list.
import { describe, expect, it } from 'vitest';
import { COMPARISON_STYLES, OKABE_ITO } from '../../notebook/charts/palette.ts';
import { scenarioLines } from '../../notebook/charts/scenarioLines.ts';

const list = [
  { key: 'base', json: '{"name":"基准"}' },
  { key: 'push', json: '{"name":"政策加力"}' },
];

describe('scenarioLines', () => {
  it('gives the current scenario its own entry’s colour, and does not draw that entry twice', () => {
    const l = scenarioLines('{"name":"政策加力"}', list, ['base', 'push']);
    expect(l.main.color).toBe(COMPARISON_STYLES[1].color);
    expect(l.compared).toEqual([COMPARISON_STYLES[0], null]);
  });

  it('keeps a compared scenario’s style when the view draws only some of the list', () => {
    const l = scenarioLines('{"name":"自定义"}', list, ['push']);
    expect(l.compared).toEqual([COMPARISON_STYLES[1]]);
    // Not in the comparison: black, a colour no compared scenario takes.
    expect(l.main.color).toBe(OKABE_ITO.black);
    expect(COMPARISON_STYLES.map((s) => s.color)).not.toContain(OKABE_ITO.black);
  });

  // A chart cell's library scenario not in the comparison had been taken for the current one and left out.
  it('gives a scenario outside the comparison the next style, never null', () => {
    const l = scenarioLines('{"name":"基准"}', list, ['library:downturn', 'push']);
    expect(l.compared).toEqual([COMPARISON_STYLES[2], COMPARISON_STYLES[1]]);
    expect(scenarioLines('{}', [], ['library:downturn']).compared).toEqual([COMPARISON_STYLES[0]]);
  });

  it('draws the current scenario blue when nothing is compared', () => {
    expect(scenarioLines('{}', [], []).main.color).toBe(OKABE_ITO.blue);
  });
});
