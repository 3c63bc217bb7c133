// The dashboard's writes during a drag leave a node alone when it already shows the value (a text node
// written anew, even with the same text, is laid out and painted again).
import { describe, expect, it } from 'vitest';
import { setData, setText } from '../../notebook/runtime/setIfChanged.ts';

/** A stand-in for an element that counts the writes made to its text and data attributes. */
function countingElement(text: string, data: Record<string, string>) {
  const writes: string[] = [];
  let shown = text;
  const dataset = new Proxy(data, {
    set(target, key, value) {
      writes.push(`data-${String(key)}=${value}`);
      target[key as string] = value;
      return true;
    },
  });
  const el = {
    get textContent() {
      return shown;
    },
    set textContent(v: string) {
      writes.push(`text=${v}`);
      shown = v;
    },
    dataset,
  };
  return { el: el as unknown as HTMLElement, writes };
}

describe('setText / setData', () => {
  it('write nothing when the node already shows the value', () => {
    const { el, writes } = countingElement('66%', { tip: 'P(met)\n198 of 300' });
    setText(el, '66%');
    setData(el, 'tip', 'P(met)\n198 of 300');
    expect(writes).toEqual([]);
  });

  it('write a changed text or attribute once, and a new attribute', () => {
    const { el, writes } = countingElement('66%', { tip: 'a' });
    setText(el, '67%');
    setText(el, '67%');
    setData(el, 'tip', 'b');
    setData(el, 'value', '0.67');
    expect(writes).toEqual(['text=67%', 'data-tip=b', 'data-value=0.67']);
    expect(el.textContent).toBe('67%');
    expect(el.dataset.value).toBe('0.67');
  });
});
