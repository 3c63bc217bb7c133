// Drawing only what the planner can see: a draw that may wait (a drag's preview) is kept while its element is
// off screen — only the latest per element — and run when the element scrolls into view (or the page is
// printed). A draw that may not wait (a settled run) runs at once wherever the element is. One observer for
// the page.

/** How far outside the viewport an element still counts as visible (drawn ahead of a scroll). */
export const NEAR_MARGIN = '300px';

const reported = new WeakSet<Element>();
const visible = new WeakSet<Element>();
const pending = new Map<Element, () => void>();
let observer: IntersectionObserver | null = null;

function run(el: Element): void {
  const draw = pending.get(el);
  if (!draw) return;
  pending.delete(el);
  delete (el as HTMLElement).dataset.deferred;
  draw();
}

function observe(el: Element): void {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          reported.add(e.target);
          if (e.isIntersecting) {
            visible.add(e.target);
            run(e.target);
          } else {
            visible.delete(e.target);
            // A view replaced (a language switch) is forgotten with its waiting draw.
            if (!e.target.isConnected) {
              pending.delete(e.target);
              observer?.unobserve(e.target);
            }
          }
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
    window.addEventListener('beforeprint', () => {
      for (const el of [...pending.keys()]) run(el);
    });
  }
  observer.observe(el);
}

/** Runs `draw` now, or — if `deferrable` and `el` is known to be off screen — when `el` comes into view. */
export function drawWhenVisible(el: HTMLElement, draw: () => void, deferrable: boolean): void {
  const now =
    typeof IntersectionObserver === 'undefined' ||
    // Not yet seen by the observer (a new element): drawn, and watched from now on.
    !reported.has(el) ||
    !deferrable ||
    visible.has(el);
  if (now) {
    if (typeof IntersectionObserver !== 'undefined' && !reported.has(el)) observe(el);
    pending.delete(el);
    delete el.dataset.deferred;
    draw();
    return;
  }
  pending.set(el, draw);
  // Marked so that a test or the bench can tell a deferred view from a stale one.
  el.dataset.deferred = 'true';
}
