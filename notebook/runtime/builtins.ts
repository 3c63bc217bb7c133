// The notebook's own builtins (runtime 6 ships no standard library, and nothing may come from a CDN):
// the generators and `width`, the main column's width as it changes. Views import htl themselves.
import { input, observe } from './generators.ts';

function observedWidth(element: () => HTMLElement | null) {
  return () =>
    observe<number>((change) => {
      const el = element();
      if (!el) {
        change(960);
        return undefined;
      }
      let last = -1;
      const measure = () => {
        const w = Math.floor(el.clientWidth - 36);
        if (w !== last) {
          last = w;
          change(w);
        }
      };
      const ro = new ResizeObserver(measure);
      ro.observe(el);
      measure();
      return () => ro.disconnect();
    });
}

export function createBuiltins(mainColumn: () => HTMLElement | null): Record<string, unknown> {
  return {
    Generators: () => ({ input, observe }),
    width: observedWidth(mainColumn),
  };
}
