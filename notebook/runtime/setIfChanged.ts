// Writes that leave the DOM alone when the value is already shown. A drag's previews mostly repeat what is
// on screen (a verdict, a tooltip, a count); writing a text node anew, even with the same text, marks it for
// layout and paint, and a data attribute rewritten re-runs the style rules that match it.

/** Sets `el`'s text unless it already reads `text`. */
export function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Sets `el.dataset[key]` unless it already holds `value`. */
export function setData(el: HTMLElement, key: string, value: string): void {
  if (el.dataset[key] !== value) el.dataset[key] = value;
}
