// Reads the written forms of an uncertain value. Pure and total: returns {error} instead of throwing, so the
// schema, the notebook's input boxes and the CLI report the same message.
import type { Uncertain } from './uncertainSchema.ts';

/** z of the 95th percentile of a standard normal: a 90% interval is mean ± Z90·sd. */
export const Z90 = 1.6448536269514722;

type Input = number | string | { mean: number; sd: number } | { low: number; high: number };

const NUMBER = '[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?%?';
const PLUS_MINUS = new RegExp(String.raw`^(${NUMBER})\s*(?:±|\+-|\+/-)\s*(${NUMBER})$`);
const TO = new RegExp(String.raw`^(${NUMBER})\s*(?:to|~|～|至|到)\s*(${NUMBER})$`);
const POINT = new RegExp(`^(${NUMBER})$`);

function readNumber(text: string): number {
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** 90% interval [low, high] → the normal with that central 90%. */
export function fromInterval(low: number, high: number): Uncertain {
  return { mean: (low + high) / 2, sd: (high - low) / (2 * Z90) };
}

/**
 * Every form ends here: a mean and sd that are finite numbers, or an error. "1e400" reads as Infinity and
 * {low: -1e308, high: 1e308} has an infinite spread; either would turn every path into NaN without a word.
 */
export function parseUncertain(input: Input): Uncertain | { error: string } {
  const u = readUncertain(input);
  if ('error' in u) return u;
  if (!Number.isFinite(u.mean) || !Number.isFinite(u.sd)) {
    return { error: `${JSON.stringify(input)} is too large: its mean and spread must be finite numbers` };
  }
  return u;
}

function readUncertain(input: Input): Uncertain | { error: string } {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { mean: input, sd: 0 } : { error: `not a finite number: ${input}` };
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
    if (sd < 0) return { error: `"${input}": the spread after ± must not be negative` };
    return { mean: readNumber(m[1]!), sd };
  }
  m = TO.exec(text);
  if (m) {
    const low = readNumber(m[1]!);
    const high = readNumber(m[2]!);
    if (high < low) return { error: `"${input}": the interval's upper end is below its lower end` };
    return fromInterval(low, high);
  }
  return {
    error: `"${input}" is not an uncertain value: write a number (0.075 or 7.5%), "mean ± sd" (7.5% ± 2%) or a 90% interval "low to high" (5% to 10%)`,
  };
}
