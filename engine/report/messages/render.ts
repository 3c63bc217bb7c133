// Renders an engine message — a code and its typed parameters — in one language, as text (the CLI, the
// reports) or as parts that keep citations apart (the page marks them as quotations in Chinese).
import { formatNumber, formatPercent } from '../formatQuantity.ts';
import { formatTyped } from '../formatTyped.ts';
import { formatDelta, formatProbPhrase, formatValue, unitLabel } from '../formatValue.ts';
import type { Lang } from '../lang.ts';
import { type EngineMessageCode, engineMessage } from './catalogue.ts';
import { choosePlurals } from './choosePlurals.ts';
import type { Message, MessageArg, MessageParams } from './message.ts';
import { installWords } from './wordsOf.ts';

export type { MessageParams } from './message.ts';

/** A run of rendered text: plain, a citation of the source as printed (Chinese), or a formula. */
export interface MessagePart {
  text: string;
  kind: 'text' | 'cite' | 'formula';
}

function isMessage(a: MessageArg): a is Message {
  return typeof a === 'object' && a !== null && 'code' in a;
}

function argParts(a: MessageArg, lang: Lang): MessagePart[] {
  const text = (t: string): MessagePart[] => [{ text: t, kind: 'text' }];
  if (typeof a === 'string') return text(a);
  if (typeof a === 'number') return text(String(a));
  if (a === undefined || a === null) return text(String(a)); // a caller's bug, shown rather than thrown
  if (Array.isArray(a)) return text(a.join(lang === 'zh' ? '、' : ', '));
  if (isMessage(a)) return renderParts(lang, a);
  if ('num' in a) return text(formatNumber(a.num, lang));
  if ('pct' in a) return text(formatPercent(a.pct, a.digits ?? 2, lang));
  if ('prob' in a) return text(formatProbPhrase(a.prob, lang, a.tenths));
  if ('qty' in a) return text(formatValue(a.qty, a.unit, lang, a.printed, a.whole));
  if ('typed' in a) return text(formatTyped(a.typed, a.unit, lang, a.tight));
  if ('delta' in a) return text(formatDelta(a.delta, a.unit, lang));
  if ('unit' in a) return text(unitLabel(a.unit, lang));
  if ('name' in a) {
    // A name the plan gives only in Chinese is, in English, a citation of the plan's wording.
    if (lang === 'en' && a.name.en) return text(a.name.en);
    return [{ text: a.name.zh, kind: lang === 'en' ? 'cite' : 'text' }];
  }
  if ('cite' in a) return [{ text: a.cite, kind: 'cite' }];
  if ('formula' in a) return [{ text: a.formula, kind: 'formula' }];
  if ('list' in a) {
    const sep = engineMessage(a.sep)[lang];
    return a.list.flatMap((x, i) => (i === 0 ? argParts(x, lang) : [...text(sep), ...argParts(x, lang)]));
  }
  return text(String(a));
}

/** Adjacent runs of the same kind merged, empty runs dropped. */
function merged(parts: MessagePart[]): MessagePart[] {
  const out: MessagePart[] = [];
  for (const p of parts) {
    if (p.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** Double quotes inside a quotation become single ones: “净增‘五上’企业200家”, not “净增“五上”企业200家”. */
const nested = (p: MessagePart): MessagePart => ({
  ...p,
  text: p.text.replace(/“/g, '‘').replace(/”/g, '’'),
});

/** Fills `{name}` placeholders as parts (after `{n|one|other}` forms: choosePlurals); a placeholder without a
 * parameter stays as written, so a gap shows. */
function fillParts(written: string, params: MessageParams | undefined, lang: Lang): MessagePart[] {
  const template = choosePlurals(written, params);
  const parts: MessagePart[] = [];
  let at = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    parts.push({ text: template.slice(at, m.index), kind: 'text' });
    const name = m[1]!;
    const end = m.index + m[0].length;
    const quoted = template[m.index - 1] === '“' && template[end] === '”';
    if (params && name in params) {
      const arg = argParts(params[name]!, lang);
      parts.push(...(quoted ? arg.map(nested) : arg));
    } else parts.push({ text: m[0], kind: 'text' });
    at = end;
  }
  parts.push({ text: template.slice(at), kind: 'text' });
  return merged(parts);
}

export function renderParts(lang: Lang, message: Message): MessagePart[] {
  return fillParts(engineMessage(message.code)[lang], message.params, lang);
}

export function renderMessage(lang: Lang, message: Message): string {
  return renderParts(lang, message)
    .map((p) => p.text)
    .join('');
}

/** Fills `{name}` placeholders in a text. */
export function fill(text: string, params?: MessageParams, lang: Lang = 'zh'): string {
  return fillParts(text, params, lang)
    .map((p) => p.text)
    .join('');
}

export function render(lang: Lang, code: EngineMessageCode, params?: MessageParams): string {
  return fill(engineMessage(code)[lang], params, lang);
}

// Wherever the catalogue is loaded, the engine's own data gets words from it (wordsOf.ts).
installWords(renderMessage);
