// A message the engine returns instead of prose: a catalogue code and typed parameters. A parameter says
// what it is — a number, a share, a quantity in its unit, a name the plan gives in both languages, a
// citation of the source as printed, a formula, a nested message or a list — so each language formats it
// its own way and the page can mark a citation as one (`<q lang="zh-CN">` in the English view).
import type { EngineMessageCode } from './catalogue.ts';

/** A name the plan gives in Chinese and, often, English. */
export interface Named {
  zh: string;
  en?: string | undefined;
}

export type MessageArg =
  | string
  | number
  | readonly (string | number)[]
  | { readonly num: number }
  | { readonly pct: number; readonly digits?: number }
  /**
   * A probability as the tables show it: never "0%" or "100%" (formatProbPhrase); `tenths`: to 0.1 point, as
   * a file's P(met) column holds it (inTenths).
   */
  | { readonly prob: number; readonly tenths?: boolean }
  /**
   * `printed`: with the decimals the figure carries, as a plan prints it (50.78%, not 50.8%). `whole`: false
   * for a quantity per head in a counted unit, which is not rounded to whole items (formatValue).
   */
  | { readonly qty: number; readonly unit: string; readonly printed?: boolean; readonly whole?: boolean }
  /**
   * A value as entered, every digit kept, in its unit (formatTyped): the figure a question about it quotes.
   * `tight`: in Chinese written against its unit (6480000亿元), as a pasted cell is quoted.
   */
  | { readonly typed: number; readonly unit: string; readonly tight?: boolean }
  /** A signed difference in the unit: points for a share (+28.11 个百分点). */
  | { readonly delta: number; readonly unit: string }
  | { readonly unit: string }
  | { readonly name: Named }
  | { readonly cite: string }
  | { readonly formula: string }
  | { readonly list: readonly MessageArg[]; readonly sep: EngineMessageCode }
  | Message;

export type MessageParams = { readonly [name: string]: MessageArg };

export interface Message {
  readonly code: EngineMessageCode;
  readonly params?: MessageParams;
}

export const msg = (code: EngineMessageCode, params?: MessageParams): Message =>
  params === undefined ? { code } : { code, params };
export const num = (v: number): MessageArg => ({ num: v });
export const pct = (v: number, digits = 2): MessageArg => ({ pct: v, digits });
export const prob = (p: number): MessageArg => ({ prob: p });
export const qty = (v: number, unit: string): MessageArg => ({ qty: v, unit });
export const printedQty = (v: number, unit: string): MessageArg => ({ qty: v, unit, printed: true });
export const typed = (v: number, unit: string, tight = false): MessageArg =>
  tight ? { typed: v, unit, tight } : { typed: v, unit };
export const delta = (d: number, unit: string): MessageArg => ({ delta: d, unit });
export const unit = (u: string): MessageArg => ({ unit: u });
export const named = (x: { name: Named }): MessageArg => ({ name: { zh: x.name.zh, en: x.name.en } });
export const cite = (text: string): MessageArg => ({ cite: text });
export const formula = (text: string): MessageArg => ({ formula: text });
export const list = (items: readonly MessageArg[], sep: EngineMessageCode): MessageArg => ({
  list: items,
  sep,
});
/** Items joined into one message with a separator from the catalogue (steps of arithmetic: 'sep.arith'). */
export const joined = (items: readonly MessageArg[], sep: EngineMessageCode): Message =>
  msg('text.one', { x: list(items, sep) });
