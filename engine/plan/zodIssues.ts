// Turns zod's issues into InputIssues whose paths name the list item by its id where it has one:
// `indicators[3] (pillar_output).dynamics.rate` rather than `indicators.3.dynamics.rate`, each with its
// catalogue message (engine/report/messages/inputMessages.ts) so the page says it in its language.
import type * as z from 'zod';
import type { EngineMessageCode } from '../report/messages/catalogue.ts';
import { list, type Message, type MessageArg, msg } from '../report/messages/message.ts';
import { wordsOf } from '../report/messages/wordsOf.ts';
import { codedMessage } from './codedIssue.ts';
import { NON_BLANK_MESSAGE } from './nonBlankSchema.ts';
import { type InputIssue, showValue } from './PlanError.ts';
import { ID_MESSAGE } from './planSchema.ts';
import { EMPTY_VALUE_MESSAGE } from './uncertainSchema.ts';
import { FOUR_DIGIT_YEAR_MESSAGE, YEAR_MAX, YEAR_MESSAGE, YEAR_MIN } from './yearSchema.ts';

export function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let text = '';
  let node: unknown = root;
  for (const key of path) {
    node =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      text += `[${key}]${typeof id === 'string' ? ` (${id})` : ''}`;
    } else {
      text += text === '' ? String(key) : `.${String(key)}`;
    }
  }
  return text;
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * A union's alternative that matched the value's shape (its complaints are all about fields inside it,
 * like `base.value` of a known base), so the message can name that field instead of the whole union.
 */
function matchedAlternative(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | null {
  if (issue.code !== 'invalid_union' || !('errors' in issue)) return null;
  const inside = issue.errors.filter(
    (e) => e.length > 0 && e.every((i) => i.path.length > 0 && i.code !== 'unrecognized_keys'),
  );
  if (inside.length !== 1) return null;
  return inside[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as z.core.$ZodIssue);
}

const TYPES = new Set(['number', 'string', 'boolean', 'object', 'array', 'null']);

/** A JSON type's name in the catalogue, or the type as zod names it. A record (名称 → 值) is an object in a
 * file: "应为record" had put zod's own word into a Chinese message (a tester). */
function typeName(type: string): MessageArg {
  const json = type === 'record' || type === 'map' ? 'object' : type;
  return TYPES.has(json) ? msg(`input.type.${json}` as EngineMessageCode) : type;
}

function receivedType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** The schemas' own sentences (yearSchema, nonBlankSchema) that have a catalogue entry. */
const OWN_SENTENCES: Record<string, Message> = {
  [YEAR_MESSAGE]: msg('input.year', { min: YEAR_MIN, max: YEAR_MAX }),
  [NON_BLANK_MESSAGE]: msg('input.notBlank'),
  [EMPTY_VALUE_MESSAGE]: msg('input.emptyValue'),
  [ID_MESSAGE]: msg('input.badId'),
  [FOUR_DIGIT_YEAR_MESSAGE]: msg('input.fourDigitYear'),
};

/** zod's own wording, as opposed to a sentence a schema gave (kept unless it has an entry above). */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

/** The catalogue message for a zod issue; null for a refinement's own sentence not yet given a code. */
function issueMessage(issue: z.core.$ZodIssue, value: unknown): Message | null {
  const own = OWN_SENTENCES[issue.message];
  if (own) return own;
  if (issue.code === 'custom') {
    const coded = codedMessage(issue.params);
    if (coded) return coded;
  }
  if (!ZOD_DEFAULT.test(issue.message) && issue.code !== 'unrecognized_keys') return null;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return msg('input.notInteger');
      return value === undefined
        ? msg('input.missing', { expected: typeName(issue.expected) })
        : msg('input.invalidType', {
            expected: typeName(issue.expected),
            received: typeName(receivedType(value)),
          });
    case 'too_small': {
      const limit = String(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? msg('input.notEmpty') : null;
      if (issue.origin === 'array' || issue.origin === 'set') return msg('input.tooFew', { limit });
      return msg(issue.inclusive === false ? 'input.tooSmall.exclusive' : 'input.tooSmall', { limit });
    }
    case 'too_big': {
      const limit = String(issue.maximum);
      if (issue.origin === 'string') return msg('input.tooLong', { limit });
      if (issue.origin === 'array' || issue.origin === 'set') return msg('input.tooMany', { limit });
      return msg(issue.inclusive === false ? 'input.tooBig.exclusive' : 'input.tooBig', { limit });
    }
    case 'invalid_value':
      return msg('input.oneOf', {
        values: list(
          issue.values.map((v) => JSON.stringify(v)),
          'sep.enum',
        ),
      });
    case 'invalid_format':
      return msg('input.badFormat');
    case 'unrecognized_keys':
      return msg('input.unknownFields', {
        keys: list(
          issue.keys.map((k) => `"${k}"`),
          'sep.enum',
        ),
      });
    default:
      return null;
  }
}

/** Each reason once: the same message with the same parameters is one reason, whatever the language. */
function distinctReasons(reasons: (string | Message)[]): (string | Message)[] {
  const keys = reasons.map((w) => (typeof w === 'string' ? w : JSON.stringify(w)));
  return reasons.filter((_, k) => keys.indexOf(keys[k]!) === k);
}

export function zodIssues(root: unknown, error: z.ZodError): InputIssue[] {
  const issues = error.issues.flatMap((issue) => matchedAlternative(issue) ?? [issue]);
  return issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const value = valueAt(root, path);
    let what = issueMessage(issue, value);
    let message = what ? wordsOf('en', what) : issue.message;
    if (issue.code === 'invalid_key' && 'issues' in issue) {
      // A record's key (an actuals year) was refused: say why, not zod's "Invalid key in record".
      const why = issue.issues.filter((i) => i.message).map((i) => issueMessage(i, undefined) ?? i.message);
      const distinct = distinctReasons(why);
      if (distinct.length > 0) {
        what = msg('input.keyRefused', { why: list(distinct, 'sep.semi') });
        message = wordsOf('en', what);
      }
    }
    if (issue.code === 'invalid_union' && 'errors' in issue) {
      // Name the alternatives' first complaint rather than zod's generic "Invalid input".
      const firsts = issue.errors.map((e) => e[0]).filter((i) => i !== undefined);
      const worded = firsts.map((i) => issueMessage(i, valueAt(value, i.path as PropertyKey[])) ?? i.message);
      const distinct = distinctReasons(worded);
      if (distinct.length > 0) {
        what = msg('input.noForm', { first: list(distinct, 'sep.or') });
        message = wordsOf('en', what);
      }
    }
    return {
      path: describePath(root, path),
      value: showValue(value),
      message,
      ...(what ? { what } : {}),
    };
  });
}
