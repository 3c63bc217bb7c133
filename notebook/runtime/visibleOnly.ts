// A live view that does no work while it is off screen: each value is kept, and only the latest is drawn —
// at once while the view is on screen (or near it), else when it scrolls into view or the page is printed
// (drawWhenVisible). A slider drag then redraws what the planner sees, not every view of a long page.
// `deferrable` says which values may wait (a drag's previews); the others — a settled run — are drawn at
// once wherever the view is.
import { drawWhenVisible } from './drawWhenVisible.ts';
import type { LiveView } from './liveView.ts';

export function visibleOnly<T>(
  view: LiveView<T>,
  deferrable: (value: T) => boolean = () => true,
): LiveView<T> {
  return {
    element: view.element,
    update(value) {
      drawWhenVisible(view.element, () => view.update(value), deferrable(value));
    },
  };
}
