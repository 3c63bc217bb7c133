// Reads the written forms of an uncertain value. Pure and total: returns {error} instead of throwing, so the
// schema, the notebook's input boxes and the CLI report the same message.
import type { EngineMessageCode } from '../report/messages/catalogue.ts';
import { type Message, type MessageParams, msg } from '../report/messages/message.ts';
import { wordsOf } from '../report/messages/wordsOf.ts';
import { fromPercent } from '../units/fromScale.ts';
import type { Uncertain } from './uncertainSchema.ts';

/** A value that cannot be read: the English sentence and the catalogue message it renders from. */
export interface UncertainError {
  error: string;
  what: Message;
}

function refuse(code: EngineMessageCode, params: MessageParams): UncertainError {
  const what = msg(code, params);
  return { error: wordsOf('en', what), what };
}

/** z of the 95th percentile of a standard normal: a 90% interval is mean ± Z90·sd. */
export const Z90 = 1.6448536269514722;

type Input = number | string | { mean: number; sd: number } | { low: number; high: number };

const NUMBER = '[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?%?';
const PLUS_MINUS = new RegExp(String.raw`^(${NUMBER})\s*(?:±|\+-|\+/-)\s*(${NUMBER})$`);
const TO = new RegExp(String.raw`^(${NUMBER})\s*(?:to|~|～|至|到)\s*(${NUMBER})$`);
const POINT = new RegExp(`^(${NUMBER})$`);

function readNumber(text: string): number {
  return text.endsWith('%') ? fromPercent(Number(text.slice(0, -1))) : Number(text);
}

/**
 * 90% interval [low, high] → the normal with that central 90%. The mean is given to 15 significant digits, so
 * the midpoint of two typed figures reads as typed: "5% 到 7%" is 0.06, not 0.060000000000000005 (0.05 + 0.07
 * carries the binary noise of both), in scenario files and saved plans as in the run.
 */
export function fromInterval(low: number, high: number): Uncertain {
  return { mean: Number(((low + high) / 2).toPrecision(15)), sd: (high - low) / (2 * Z90) };
}

/**
 * Every form ends here: a mean and sd that are finite numbers, or an error. "1e400" reads as Infinity and
 * {low: -1e308, high: 1e308} has an infinite spread; either would turn every path into NaN without a word.
 */
export function parseUncertain(input: Input): Uncertain | UncertainError {
  const u = readUncertain(input);
  if ('error' in u) return u;
  if (!Number.isFinite(u.mean) || !Number.isFinite(u.sd)) {
    return refuse('input.uncertain.tooLarge', { value: JSON.stringify(input) });
  }
  return u;
}

function readUncertain(input: Input): Uncertain | UncertainError {
  if (typeof input === 'number') {
    return Number.isFinite(input)
      ? { mean: input, sd: 0 }
      : refuse('input.uncertain.notFinite', { value: String(input) });
  }
  if (typeof input === 'object') {
    if ('low' in input) return fromInterval(input.low, input.high);
    return { mean: input.mean, sd: input.sd };
  }
  const text = input.trim().replace(/\s+/g, ' ');
  let m = POINT.exec(text);
  if (m) return { mean: readNumber(m[1]!), sd: 0 };
  m = PLUS_MINUS.exec(text);
  if (m) {
    const sd = readNumber(m[2]!);
    if (sd < 0) return refuse('input.uncertain.negativeSpread', { value: input });
    return { mean: readNumber(m[1]!), sd };
  }
  m = TO.exec(text);
  if (m) {
    const low = readNumber(m[1]!);
    const high = readNumber(m[2]!);
    // Said with the interval the planner most likely meant (何工: "7% 到 5%" had been told only that it was wrong).
    if (high < low)
      return refuse('input.uncertain.reversed', {
        value: input,
        swapped: `${m[2]} ${text.slice(m[1]!.length, text.length - m[2]!.length).trim()} ${m[1]}`,
      });
    return fromInterval(low, high);
  }
  return refuse('input.uncertain.unreadable', { value: input });
}
