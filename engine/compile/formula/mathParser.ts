// mathjs trimmed to its parser: create() with only the parse dependencies, so the bundle carries no
// evaluator, no units and no matrix algebra. The engine never evaluates user text with mathjs; it walks the
// parsed tree (checkFormula) and lowers it for the kernel compiler (lowerFormula).
import { create, type MathNode, parseDependencies } from 'mathjs';

const math = create({ parseDependencies: parseDependencies! });

/** Parses a formula; throws mathjs's SyntaxError (with `.char`, the 0-based offset) on bad syntax. */
export function parseExpression(source: string): MathNode {
  return math.parse(source);
}

export type { MathNode };
