// A live view that ignores a value it has just drawn. The views of results draw the controller's newest state,
// which can run ahead of their cell's input (main.ts, RunController.resultState): when the notebook then
// recomputes the cell with that same state, there is nothing left to draw.
import type { LiveView } from './liveView.ts';

export function changedOnly<T>(view: LiveView<T>): LiveView<T> {
  let last: T | undefined;
  let drawn = false;
  return {
    element: view.element,
    update(value) {
      if (drawn && value === last) return;
      last = value;
      drawn = true;
      view.update(value);
    },
  };
}
