// Parses a formula and checks it against the allow-list and the names in scope. The result either carries
// the checked tree and what it refers to (for dependency ordering and compilation) or a list of errors,
// each with the 0-based position in the source where a person should look.

import type { EngineMessageCode } from '../../report/messages/catalogue.ts';
import {
  list,
  type Message,
  type MessageArg,
  type MessageParams,
  msg,
} from '../../report/messages/message.ts';
import { wordsOf } from '../../report/messages/wordsOf.ts';
import { ALLOWED_FUNCTIONS, ALLOWED_NODE_TYPES, ALLOWED_OPERATORS, BUILTIN_SYMBOLS } from './allowList.ts';
import { type MathNode, parseExpression } from './mathParser.ts';

export interface FormulaError {
  /** The English sentence (the CLI's words). */
  message: string;
  /** The same as a catalogue message, for the page in its language. */
  what?: Message;
  /** 0-based character offset in the formula, when known. */
  position?: number;
}

export interface CheckedFormula {
  source: string;
  node: MathNode;
  /** Names read in the same year (must be computed first). */
  sameYear: Set<string>;
  /** Names read through prev(): last year's value. */
  prevYear: Set<string>;
}

export type FormulaCheck = { ok: true; formula: CheckedFormula } | { ok: false; errors: FormulaError[] };

/** Names a formula may refer to, besides the builtins year, t, pi and e. */
export interface FormulaScope {
  indicators: ReadonlySet<string>;
  parameters: ReadonlySet<string>;
}

const MAX_LENGTH = 2000;
const MAX_DEPTH = 64;

/** Where `name` first stands as a whole word in `source`. */
export function positionOf(source: string, name: string): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`).exec(source);
  return match?.index;
}

interface AnyNode {
  type: string;
  name?: string;
  fn?: string | AnyNode;
  op?: string;
  implicit?: boolean;
  value?: unknown;
  args?: AnyNode[];
  content?: AnyNode;
  condition?: AnyNode;
  trueExpr?: AnyNode;
  falseExpr?: AnyNode;
}

/** Where brackets first nest deeper than MAX_DEPTH: checked before parsing, since mathjs's recursive parser
 * runs out of stack on a few hundred levels ("Maximum call stack size exceeded" is no message for a planner). */
function tooDeepAt(source: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '(' || c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return undefined;
}

/** Operators whose chains (a + b + c + …) are one level for the depth limit: a flat sum is not nesting. */
const CHAINED = new Set(['add', 'subtract', 'multiply', 'divide']);

export function checkFormula(source: string, scope?: FormulaScope): FormulaCheck {
  if (source.length > MAX_LENGTH) {
    return { ok: false, errors: [formulaError('input.formula.tooLong', { max: MAX_LENGTH })] };
  }
  if (source.trim() === '') return { ok: false, errors: [formulaError('input.formula.empty')] };
  // A full-width sign is said as one even where the parser would take it in (gdp × 2 read as implicit 2x).
  const wide = [...source].find((c) => FULL_WIDTH[c] !== undefined);
  if (wide !== undefined) {
    const at = source.indexOf(wide);
    return {
      ok: false,
      errors: [formulaError('input.formula.syntax.fullWidth', { char: wide, ascii: FULL_WIDTH[wide]! }, at)],
    };
  }
  const deepAt = tooDeepAt(source);
  if (deepAt !== undefined) {
    return {
      ok: false,
      errors: [formulaError('input.formula.bracketsTooDeep', { max: MAX_DEPTH }, deepAt)],
    };
  }
  let node: MathNode;
  try {
    node = parseExpression(source);
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, errors: [formulaError('input.formula.tooDeep', { max: MAX_DEPTH })] };
    }
    return { ok: false, errors: [syntaxError(source, error as Error & { char?: number })] };
  }
  const errors: FormulaError[] = [];
  const sameYear = new Set<string>();
  const prevYear = new Set<string>();

  const fail = (code: EngineMessageCode, params?: MessageParams, name?: string): undefined => {
    const position = name === undefined ? undefined : positionOf(source, name);
    const error = formulaError(code, params, position);
    // One message per problem and place, however many branches of the tree meet it.
    if (!errors.some((e) => e.message === error.message && e.position === position)) errors.push(error);
  };

  const visit = (n: AnyNode, depth: number, inPrev: boolean): undefined => {
    if (depth > MAX_DEPTH) return fail('input.formula.tooDeep', { max: MAX_DEPTH });
    if (!ALLOWED_NODE_TYPES.has(n.type)) {
      return fail('input.formula.notAllowed', { construct: describeNode(n.type) }, firstSymbolName(n));
    }
    switch (n.type) {
      case 'ConstantNode':
        if (typeof n.value !== 'number')
          // JSON.stringify(undefined) is undefined: an empty formula parses to a constant without a value.
          fail('input.formula.onlyNumbers', { value: JSON.stringify(n.value) ?? String(n.value) });
        else if (!Number.isFinite(n.value)) fail('input.formula.numberTooLarge', { value: String(n.value) });
        return;
      case 'SymbolNode': {
        const name = n.name ?? '';
        if (BUILTIN_SYMBOLS.has(name)) return;
        if (scope && !scope.indicators.has(name) && !scope.parameters.has(name)) {
          return fail('input.formula.unknownName', { name }, name);
        }
        (inPrev ? prevYear : sameYear).add(name);
        return;
      }
      case 'OperatorNode':
        if (typeof n.fn !== 'string' || !ALLOWED_OPERATORS.has(n.fn))
          return fail('input.formula.operator', { op: String(n.op) });
        // "1e" parses as 1 × e and "2x" as 2 × x: a typo read silently as a product. Ask for the *.
        if (n.implicit) return fail('input.formula.implicit');
        for (const a of n.args ?? []) {
          const chained = CHAINED.has(n.fn) && a.type === 'OperatorNode' && a.fn === n.fn;
          visit(a, chained ? depth : depth + 1, inPrev);
        }
        return;
      case 'ParenthesisNode':
        return visit(n.content!, depth + 1, inPrev);
      case 'ConditionalNode':
        visit(n.condition!, depth + 1, inPrev);
        visit(n.trueExpr!, depth + 1, inPrev);
        visit(n.falseExpr!, depth + 1, inPrev);
        return;
      case 'FunctionNode': {
        const fn = n.fn as AnyNode;
        const name = fn.type === 'SymbolNode' ? (fn.name ?? '') : '';
        const arity = Object.hasOwn(ALLOWED_FUNCTIONS, name) ? ALLOWED_FUNCTIONS[name] : undefined;
        if (!arity) return fail('input.formula.function', { name: name || '(…)' }, name || undefined);
        const args = n.args ?? [];
        if (args.length < arity[0] || args.length > arity[1]) {
          const count = arity[0] === arity[1] ? String(arity[0]) : `${arity[0]}–${arity[1]}`;
          return fail('input.formula.arity', { name, count, got: args.length }, name);
        }
        if (name === 'prev') {
          const arg = args[0]!;
          if (arg.type !== 'SymbolNode') return fail('input.formula.prevName', undefined, name);
          if (inPrev) return fail('input.formula.prevNested', undefined, name);
          return visit(arg, depth + 1, true);
        }
        for (const a of args) visit(a, depth + 1, inPrev);
        return;
      }
    }
  };
  visit(node as unknown as AnyNode, 0, false);
  if (scope) {
    for (const name of prevYear) {
      if (!scope.indicators.has(name)) fail('input.formula.prevParameter', { name }, name);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, formula: { source, node, sameYear, prevYear } };
}

/** The constructs the allow-list refuses by name; any other node type is named as the parser calls it. */
const CONSTRUCTS = new Set([
  'AccessorNode',
  'AssignmentNode',
  'FunctionAssignmentNode',
  'IndexNode',
  'ObjectNode',
  'ArrayNode',
  'RangeNode',
  'BlockNode',
]);

function describeNode(type: string): MessageArg {
  return CONSTRUCTS.has(type) ? msg(`input.formula.construct.${type}` as EngineMessageCode) : type;
}

/** One error: its catalogue message, its English sentence and where it is. */
/** mathjs's parse errors in the page's words, the ones a planner meets; any other keeps the parser's text. */
const SYNTAX: [RegExp, EngineMessageCode][] = [
  [/^Value expected/, 'input.formula.syntax.value'],
  [/^Unexpected end of expression/, 'input.formula.syntax.end'],
  [/^Parenthesis \) expected/, 'input.formula.syntax.close'],
  [/^Unexpected operator/, 'input.formula.syntax.operator'],
  [/^End of string .* expected/, 'input.formula.syntax.quote'],
];

/**
 * A formula that does not parse, said where and why. Property access fails to parse before the allow-list
 * could name it (constructor.constructor("…")() read "Value expected (char 43)"): it is named as the
 * allow-list names it, at its dot. A place past the end is no place: the message says "at the end".
 */
function syntaxError(source: string, e: Error & { char?: number }): FormulaError {
  const dot = /[A-Za-z_\d)\]]\s*\.\s*[A-Za-z_.]/.exec(source);
  if ((dot && !/^\d+\.\d/.test(dot[0])) || /^Property name expected/.test(e.message))
    return formulaError(
      'input.formula.notAllowed',
      { construct: msg('input.formula.construct.AccessorNode') },
      source.indexOf('.', dot?.index ?? 0),
    );
  // mathjs counts characters from 1, and puts "end of expression" one past the last.
  const at = typeof e.char === 'number' ? e.char - 1 : undefined;
  const position = at !== undefined && at >= 0 && at < source.length ? at : undefined;
  const detail = e.message.replace(/\s*\(char \d+\)$/, '');
  const known = SYNTAX.find(([pattern]) => pattern.test(detail));
  const op = /^Unexpected operator (.+)$/.exec(detail)?.[1];
  if (!known) return unknownName(source) ?? formulaError('input.formula.syntax', { detail }, position);
  return formulaError(known[1], op === undefined ? undefined : { op }, position);
}

/** Full-width signs a Chinese keyboard types, and the ones a formula reads. */
const FULL_WIDTH: Record<string, string> = {
  '（': '(',
  '）': ')',
  '，': ',',
  '＋': '+',
  '－': '-',
  '×': '*',
  '＊': '*',
  '÷': '/',
  '／': '/',
  '．': '.',
  '＜': '<',
  '＞': '>',
  '＝': '=',
  '？': '?',
  '：': ':',
  '＾': '^',
  '％': '%',
};

/**
 * A Chinese name (何工: 五大支柱产业 / gdp had read "公式写法有误（解析器提示：Syntax error in part …）", the parser's
 * English inside the page's Chinese): the whole name, letters, digits and _ of any script around the first
 * character past ASCII. Full-width signs are said before the parse (FULL_WIDTH).
 */
function unknownName(source: string): FormulaError | undefined {
  const at = Array.from(source, (c) => c.charCodeAt(0) > 0x7f).indexOf(true);
  if (at < 0) return undefined;
  const before = [...source].slice(0, at).join('');
  const start = before.search(/[\p{L}\p{N}_]*$/u);
  const rest = source.slice(start);
  const name = /^[\p{L}\p{N}_]+/u.exec(rest)?.[0] ?? [...source.slice(before.length)][0]!;
  return formulaError('input.formula.syntax.name', { name }, start);
}

function formulaError(code: EngineMessageCode, params?: MessageParams, position?: number): FormulaError {
  const what = msg(code, params);
  return { message: wordsOf('en', what), what, ...(position === undefined ? {} : { position }) };
}

function firstSymbolName(n: AnyNode): string | undefined {
  if (n.type === 'SymbolNode') return n.name;
  const object = (n as { object?: AnyNode }).object;
  if (object) return firstSymbolName(object);
  return undefined;
}

/** Formats errors for a message line: `at 12: unknown name "gpd"`. */
export function formatFormulaErrors(errors: FormulaError[]): string {
  return errors
    .map((e) => (e.position === undefined ? e.message : `at ${e.position + 1}: ${e.message}`))
    .join('; ');
}

/** The errors as one catalogue message (the page's words for formatFormulaErrors). */
export function formulaErrorsMessage(errors: FormulaError[]): Message {
  const items = errors.map((e): MessageArg => {
    const what: MessageArg = e.what ?? e.message;
    return e.position === undefined ? what : msg('input.formula.at', { pos: e.position + 1, what });
  });
  return msg('input.formula', { errors: list(items, 'sep.semi') });
}
