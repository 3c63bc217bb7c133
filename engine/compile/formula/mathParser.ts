// mathjs trimmed to its parser. The engine never evaluates user text with mathjs; it walks the parsed tree
// (checkFormula) and lowers it for the kernel compiler (lowerFormula). So create() gets the real factories of
// everything parsing runs — parse, the node classes, typed, number and numeric (how a number literal is read)
// — and, for the dependencies that only a node's compile(), evaluate() or toTex() would call (subset, size,
// ResultSet, isBounded), a stand-in that throws. Units, BigNumber, Fraction, Complex and the matrix types stay
// out of the bundle (`parseDependencies` pulled them all in: ~200 KB of the engine worker, minified).
import {
  create,
  createAccessorNode,
  createArrayNode,
  createAssignmentNode,
  createBlockNode,
  createConditionalNode,
  createConstantNode,
  createFunctionAssignmentNode,
  createFunctionNode,
  createIndexNode,
  createNode,
  createNumber,
  createNumeric,
  createObjectNode,
  createOperatorNode,
  createParenthesisNode,
  createParse,
  createRangeNode,
  createRelationalNode,
  createSymbolNode,
  createTyped,
  factory,
  type MathNode,
} from 'mathjs';

/** A dependency used only when a node is compiled, evaluated or typeset — never by parsing. */
function unused(name: string) {
  return factory(name, [], () => () => {
    throw new Error(`planpath's formula parser does not evaluate: ${name} is not available`);
  });
}

const math = create({
  createParse,
  createTyped,
  createNumber,
  createNumeric,
  createNode,
  createAccessorNode,
  createArrayNode,
  createAssignmentNode,
  createBlockNode,
  createConditionalNode,
  createConstantNode,
  createFunctionAssignmentNode,
  createFunctionNode,
  createIndexNode,
  createObjectNode,
  createOperatorNode,
  createParenthesisNode,
  createRangeNode,
  createRelationalNode,
  createSymbolNode,
  createSubset: unused('subset'),
  createSize: unused('size'),
  createResultSet: unused('ResultSet'),
  createIsBounded: unused('isBounded'),
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
