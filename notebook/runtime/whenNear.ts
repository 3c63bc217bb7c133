// Resolves once an element comes near the viewport (within `margin`): work a section needs (a mid-term
// evaluation) starts when the planner heads for it, not on every first visit.

import { NEAR_MARGIN } from './drawWhenVisible.ts';

export function whenNear(el: Element, margin = NEAR_MARGIN): Promise<void> {
  return new Promise((resolve) => {
    if (typeof IntersectionObserver === 'undefined') {
      resolve();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(el);
  });
}
