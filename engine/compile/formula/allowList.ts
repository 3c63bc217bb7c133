// What a formula may contain. Anything not listed is refused by checkFormula: assignments, property access,
// indexing, strings, matrices, units, and every mathjs function not named here (import, createUnit,
// evaluate, parse, compile, …) — the surfaces of the mathjs sandbox escapes fixed up to 15.2.0.

/** mathjs OperatorNode `fn` names → the JS they compile to. */
export const ALLOWED_OPERATORS = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'mod',
  'unaryMinus',
  'unaryPlus',
  'smaller',
  'larger',
  'smallerEq',
  'largerEq',
  'equal',
  'unequal',
  'and',
  'or',
  'not',
]);

/** Function name → number of arguments (min, max). `prev` is special: it reads last year's value. */
export const ALLOWED_FUNCTIONS: Record<string, readonly [number, number]> = {
  abs: [1, 1],
  min: [1, 16],
  max: [1, 16],
  exp: [1, 1],
  log: [1, 1],
  log10: [1, 1],
  sqrt: [1, 1],
  pow: [2, 2],
  floor: [1, 1],
  ceil: [1, 1],
  round: [1, 1],
  sign: [1, 1],
  clamp: [3, 3],
  prev: [1, 1],
};

/** Names every formula may use besides indicators and parameters. */
export const BUILTIN_SYMBOLS = new Set(['year', 't', 'pi', 'e']);

/** mathjs node types a formula may contain. */
export const ALLOWED_NODE_TYPES = new Set([
  'ConstantNode',
  'SymbolNode',
  'OperatorNode',
  'ParenthesisNode',
  'FunctionNode',
  'ConditionalNode',
]);
