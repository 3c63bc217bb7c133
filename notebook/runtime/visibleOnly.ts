// A live view that does no work while it is off screen: each value is kept, and only the latest is drawn —
// at once while the view is on screen (or near it), else when it scrolls into view or the page is printed.
// A slider drag then redraws what the planner sees, not every view of a long page.
import type { LiveView } from './liveView.ts';

/** How far outside the viewport a view still counts as visible (drawn ahead of a scroll). */
const MARGIN = '300px';

export function visibleOnly<T>(view: LiveView<T>): LiveView<T> {
  const { element } = view;
  // Until the observer first reports, the view counts as visible: the first value is always drawn.
  let visible = true;
  let pending: { value: T } | null = null;
  const flush = () => {
    if (!pending) return;
    const { value } = pending;
    pending = null;
    delete element.dataset.deferred;
    view.update(value);
  };
  if (typeof IntersectionObserver !== 'undefined') {
    new IntersectionObserver(
      (entries) => {
        visible = entries.some((e) => e.isIntersecting);
        if (visible) flush();
      },
      { rootMargin: MARGIN },
    ).observe(element);
  }
  window.addEventListener('beforeprint', flush);
  return {
    element,
    update(value) {
      pending = { value };
      if (visible) flush();
      // Marked so that a test or the bench can tell a deferred view from a stale one.
      else element.dataset.deferred = 'true';
    },
  };
}
