// mathjs trimmed to its parser: create() with only the parse dependencies, so the bundle carries no
// evaluator, no units and no matrix algebra. The engine never evaluates user text with mathjs; it walks the
// parsed tree (checkFormula) and lowers it for the kernel compiler (lowerFormula).
import { create, type MathNode, parseDependencies } from 'mathjs';

const math = create({ parseDependencies: parseDependencies! });

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
