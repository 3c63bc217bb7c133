// Whether the scenario can take one more cell: a scenario holds at most MAX_ITEMS formulas, notes and cells
// (engine/plan/scenarioSchema.ts), and one over it would be refused when the scenario is next checked — its
// link, its file, its run. Every way of adding a cell asks first, and says so when there is no room.
import { MAX_ITEMS } from '../../../engine/index.ts';
import { type App, pushNotice } from '../../app.ts';
import { translator } from '../../i18n/t.ts';
import { withAllCells } from '../../state/cellOps.ts';

export function roomForCell(app: App): boolean {
  if ((withAllCells(app.scenario.get()).cells?.length ?? 0) < MAX_ITEMS) return true;
  pushNotice(app, {
    id: 'cells-full',
    kind: 'warning',
    text: (lang) => translator(lang)('cell.full', { limit: MAX_ITEMS }),
  });
  return false;
}
