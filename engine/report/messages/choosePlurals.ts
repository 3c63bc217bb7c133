// English counts agree with their nouns: "{n|This target has|These {n} targets have}" picks the first form when
// the parameter n is 1, the second otherwise (a report had said "The 1 aspirational targets are counted
// apart"). The forms may hold other placeholders, filled afterwards; Chinese needs none of this.
import type { MessageParams } from './message.ts';

const PLURAL = /\{(\w+)\|((?:[^{}|]|\{\w+\})*)\|((?:[^{}|]|\{\w+\})*)\}/g;

/** A parameter as a count: a number, digits, or a formatted number ({ num }). */
function countOf(v: MessageParams[string] | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  if (typeof v === 'object' && v !== null && 'num' in v) return v.num;
  return undefined;
}

/** `template` with each `{name|one|other}` replaced by the form that agrees with the number `name` holds. */
export function choosePlurals(template: string, params: MessageParams | undefined): string {
  if (!template.includes('|')) return template;
  return template.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const n = countOf(params?.[name]);
    // Not a count (or missing): left as written, so a gap shows, as a missing placeholder does.
    if (n === undefined) return whole;
    return n === 1 ? one : other;
  });
}
