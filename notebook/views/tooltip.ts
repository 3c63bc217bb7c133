// One tooltip for the whole page: any element with `data-tip` shows it on hover or keyboard focus, so every
// number can carry its provenance without a listener of its own.
import { tipTop } from './tipTop.ts';

export function installTooltip(root: HTMLElement = document.body): () => void {
  const tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.id = 'planpath-tooltip';
  tip.hidden = true;
  document.body.append(tip);
  let current: HTMLElement | null = null;

  const show = (el: HTMLElement) => {
    const text = el.dataset.tip;
    if (!text) return;
    current = el;
    tip.textContent = text;
    tip.hidden = false;
    el.setAttribute('aria-describedby', tip.id);
    const r = el.getBoundingClientRect();
    const w = Math.min(420, window.innerWidth - 16);
    tip.style.maxWidth = `${w}px`;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    tip.style.left = `${left + window.scrollX}px`;
    // Measured once its text and width are set; above its element where that asks and there is room.
    const height = tip.getBoundingClientRect().height;
    tip.style.top = `${tipTop(r, height, el.dataset.tipPlace === 'above', window.scrollY)}px`;
  };
  const hide = () => {
    if (current) current.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };
  const find = (e: Event) =>
    e.target instanceof Element ? e.target.closest<HTMLElement>('[data-tip]') : null;
  const over = (e: Event) => {
    const el = find(e);
    if (el && el !== current) show(el);
    else if (!el && current) hide();
  };
  const key = (e: KeyboardEvent) => {
    if (e.key === 'Escape') hide();
  };
  root.addEventListener('mouseover', over);
  root.addEventListener('focusin', over);
  root.addEventListener('focusout', hide);
  root.addEventListener('mouseleave', hide);
  document.addEventListener('keydown', key);
  window.addEventListener('scroll', hide, { passive: true });
  return () => {
    root.removeEventListener('mouseover', over);
    root.removeEventListener('focusin', over);
    root.removeEventListener('focusout', hide);
    root.removeEventListener('mouseleave', hide);
    document.removeEventListener('keydown', key);
    window.removeEventListener('scroll', hide);
    tip.remove();
  };
}
