// A button with its click handler. (htl would take `onclick=${fn}`, but it passes through an inline-handler
// attribute that the page's Content-Security-Policy reports; listeners are added instead.)
import { html } from 'htl';

export function button(label: string | Node, onClick: () => void, className = 'small'): HTMLButtonElement {
  const b = html`<button type="button" class=${className}>${label}</button>` as HTMLButtonElement;
  b.addEventListener('click', onClick);
  return b;
}
