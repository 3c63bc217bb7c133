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

/** Parses a formula; throws mathjs's SyntaxError (with `.char`, the 0-based offset) on bad syntax. */
export function parseExpression(source: string): MathNode {
  return math.parse(source);
}

export type { MathNode };
