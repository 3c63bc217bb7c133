// mathjs trimmed to its parser: create() with only the parse dependencies, so the bundle carries no
// evaluator, no units and no matrix algebra. The engine never evaluates user text with mathjs; it walks the
// parsed tree (checkFormula) and lowers it for the kernel compiler (lowerFormula).
import { create, type FactoryFunctionMap, factory, type MathNode, parseDependencies } from 'mathjs';

/**
 * What some node classes need only to evaluate or typeset a tree (a matrix subset, `end` in an index, units,
 * LaTeX of infinite constants), never to build one. Left out: creating them (typed functions with hundreds
 * of signatures) was most of a cold worker's first parse — 0.3–0.5 s under load against ~20 ms without.
 */
const EVALUATION_ONLY = new Set([
  'subsetDependencies',
  'sizeDependencies',
  'isBoundedDependencies',
  'matrixDependencies',
  'UnitDependencies',
]);

/** The parser's factories, flattened, without the evaluation-only ones and what only they need. */
function parseOnly(deps: FactoryFunctionMap, out: FactoryFunctionMap = {}): FactoryFunctionMap {
  for (const [key, value] of Object.entries(deps)) {
    if (EVALUATION_ONLY.has(key)) continue;
    if (typeof value === 'function') out[key] = value;
    else parseOnly(value, out);
  }
  return out;
}

/** Stands in for a required evaluation-only dependency (Unit and matrix are optional and simply absent). */
function notEvaluated(name: string) {
  return factory(name, [], () => () => {
    throw new Error(`mathjs ${name}: the engine parses formulas with mathjs, it never evaluates them`);
  });
}

const math = create({
  ...parseOnly(parseDependencies!),
  subset: notEvaluated('subset'),
  size: notEvaluated('size'),
  isBounded: notEvaluated('isBounded'),
});

/**
 * Parsed trees by source. A plan's formulas are parsed when it is loaded (checkPlanReferences), again when
 * it is compiled (checkFormula) and by the checks and warnings: on a cold start that second parse cost as
 * much as the first (mathjs's parser runs unoptimised the first few hundred times). Trees are only read.
 */
const parsed = new Map<string, MathNode>();
const CACHE_LIMIT = 4096;

/**
 * Parses a formula; throws mathjs's SyntaxError (with `.char`, the 0-based offset) on bad syntax. The tree
 * is shared with every other caller of the same source: do not modify it.
 */
export function parseExpression(source: string): MathNode {
  let node = parsed.get(source);
  if (!node) {
    node = math.parse(source);
    if (parsed.size >= CACHE_LIMIT) parsed.clear();
    parsed.set(source, node);
  }
  return node;
}

export type { MathNode };
