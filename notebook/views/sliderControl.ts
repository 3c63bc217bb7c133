// A slider with a number box beside it. Dragging reports previews; releasing the slider, a key press or a
// typed number reports a final value. Values are stored in the model's scale and shown in the display scale
// (× 100 for shares and rates).
import { fromScale } from '../../engine/index.ts';

export interface SliderOptions {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** Display = model × scale. */
  scale: number;
  suffix: string;
  onChange: (value: number, preview: boolean) => void;
  /** What to say when a typed number lies beyond the range and the limit is used instead (display scale). */
  clamped?: (limit: string, typed: string, over: boolean) => string;
}

export interface SliderControl {
  el: HTMLElement;
  setValue(value: number): void;
}

function roundTo(v: number, step: number): number {
  const digits = Math.max(0, Math.min(10, -Math.floor(Math.log10(step)) + 1));
  return Number(v.toFixed(digits));
}

export function sliderControl(o: SliderOptions): SliderControl {
  const wrap = document.createElement('div');
  wrap.className = 'slider';
  const range = document.createElement('input');
  range.type = 'range';
  range.id = `${o.id}-range`;
  range.min = String(o.min * o.scale);
  range.max = String(o.max * o.scale);
  range.step = String(o.step * o.scale);
  range.setAttribute('aria-label', o.label);
  const num = document.createElement('input');
  num.type = 'number';
  num.id = `${o.id}-number`;
  num.min = range.min;
  num.max = range.max;
  num.step = 'any';
  num.setAttribute('aria-label', `${o.label}${o.suffix ? ` (${o.suffix})` : ''}`);
  const suffix = document.createElement('span');
  suffix.className = 'suffix';
  suffix.textContent = o.suffix;
  // A typed 500 on a 0–3 slider is used as 3: said beside it, not silently.
  const note = document.createElement('span');
  note.className = 'clamped';
  note.setAttribute('role', 'status');
  note.hidden = true;
  const show = (v: number) => {
    const d = roundTo(v * o.scale, o.step * o.scale);
    range.value = String(d);
    num.value = String(d);
  };
  show(o.value);
  const fromRange = () => fromScale(roundTo(Number(range.value), o.step * o.scale), o.scale);
  range.addEventListener('input', () => {
    const v = fromRange();
    num.value = String(roundTo(v * o.scale, o.step * o.scale));
    o.onChange(v, true);
  });
  range.addEventListener('change', () => o.onChange(fromRange(), false));
  // Typing not yet committed (no Enter, no blur): a value set elsewhere waits rather than overwrite it. Once it
  // is committed the box follows the scenario again: with focus left in it after Enter, a link or a file opened
  // next had left the slider and the box at the old value beside "0 changed".
  let typing = false;
  num.addEventListener('input', () => {
    typing = true;
  });
  num.addEventListener('change', () => {
    typing = false;
    const d = Number(num.value);
    if (num.value.trim() === '' || !Number.isFinite(d)) {
      show(fromRange());
      return;
    }
    const typed = num.value;
    const typedValue = fromScale(d, o.scale);
    const v = Math.min(o.max, Math.max(o.min, typedValue));
    const beyond = v !== typedValue;
    note.hidden = !(beyond && o.clamped);
    if (beyond && o.clamped)
      note.textContent = o.clamped(String(roundTo(v * o.scale, o.step * o.scale)), typed, typedValue > o.max);
    show(v);
    o.onChange(v, false);
  });
  range.addEventListener('input', () => {
    note.hidden = true;
  });
  wrap.append(range, num, suffix, note);
  return {
    el: wrap,
    setValue(v: number) {
      if (typing && document.activeElement === num) return;
      const current = fromRange();
      if (Math.abs(current - v) > 1e-12) {
        show(v);
        // A value set elsewhere (the text field, a reset, a link) is not the one the note spoke of.
        note.hidden = true;
      }
    },
  };
}
