// `viewof lang`: a button whose value is the page's language; pressing it switches and fires `input`.
import { isLang, type Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';

const KEY = 'planpath.lang';

export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    if (isLang(saved)) return saved;
  } catch {
    // storage unavailable: Chinese
  }
  return 'zh';
}

/** `before`: what must be ready before the page is drawn in a language (the English notes: englishProse.ts). */
export function langToggle(
  initial: Lang,
  before: (lang: Lang) => Promise<void> = () => Promise.resolve(),
): HTMLButtonElement & { value: Lang } {
  const button = document.createElement('button') as HTMLButtonElement & { value: Lang };
  button.type = 'button';
  button.className = 'lang-toggle';
  button.id = 'lang-toggle';
  let value = initial;
  Object.defineProperty(button, 'value', { get: () => value, configurable: true });
  const label = () => {
    // The label names the other language in that language: marked as such (lang) for readers and tests.
    const name = document.createElement('span');
    name.lang = value === 'zh' ? 'en' : 'zh-CN';
    name.textContent = t(value, 'lang.toggle');
    button.replaceChildren(name);
    button.setAttribute('aria-label', t(value, 'lang.toggleLabel'));
  };
  label();
  button.addEventListener('click', async () => {
    const next = value === 'zh' ? 'en' : 'zh';
    await before(next);
    value = next;
    try {
      localStorage.setItem(KEY, value);
    } catch {
      // not saved; the toggle still works
    }
    label();
    button.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return button;
}
