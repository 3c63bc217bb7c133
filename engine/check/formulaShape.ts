// The shape of a derived formula, as far as the consistency checks need it: a ratio of two indicators
// (a share: pillar_output / gdp), a sum of indicators (a total: a + b + c), a single name, or something else.
import { type MathNode, parseExpression } from '../compile/formula/mathParser.ts';
import { type Arithmetic, arithmeticOfNode } from './formulaArithmetic.ts';

export type FormulaShape =
  | { kind: 'ratio'; numerator: string; denominator: string }
  | { kind: 'sum'; parts: string[] }
  | { kind: 'symbol'; id: string }
  | { kind: 'other' };

type Node = MathNode & {
  type: string;
  content?: Node;
  fn?: string;
  op?: string;
  args?: Node[];
  name?: string;
};

function unwrap(node: Node): Node {
  let n = node;
  while (n.type === 'ParenthesisNode' && n.content) n = n.content;
  return n;
}

function sumParts(node: Node): string[] | null {
  const n = unwrap(node);
  if (n.type === 'SymbolNode') return [n.name!];
  if (n.type === 'OperatorNode' && n.fn === 'add' && n.args?.length === 2) {
    const a = sumParts(n.args[0]!);
    const b = sumParts(n.args[1]!);
    return a && b ? [...a, ...b] : null;
  }
  return null;
}

/**
 * Shapes and symbols by formula text: parsing is slow and every run of a plan asks for the same ones.
 * Compiling a plan fills them (rememberFormulas) from the parse it makes anyway, or from the facts that came
 * with shipped kernels: in a fresh page worker, mathjs's first parse alone had cost 12–14 ms of a link's check.
 */
const shapes = new Map<string, FormulaShape>();
const symbols = new Map<string, ReadonlySet<string>>();
const arithmetic = new Map<string, Arithmetic | null>();
const CACHE_LIMIT = 4096;

/** What the checks, the run and the evaluation ask of a formula, found by parsing it once. */
export interface FormulaFacts {
  /** formulaSymbols: every name it mentions, in the order a walk of its tree meets them. */
  symbols: string[];
  shape: FormulaShape;
  /** formulaArithmetic: the formula as plain arithmetic of names, or null. */
  arithmetic: Arithmetic | null;
}

/** The facts of a parsed formula. */
export function factsOfNode(node: MathNode): FormulaFacts {
  const names = new Set<string>();
  symbolsOfNode(node, names);
  return { symbols: [...names], shape: shapeOfNode(node), arithmetic: arithmeticOfNode(node) };
}

/** Takes these formulas' facts (by formula text) as formulaShape and formulaSymbols would parse them. */
export function rememberFormulas(facts: Readonly<Record<string, FormulaFacts>>): void {
  for (const [source, f] of Object.entries(facts)) {
    remember(shapes, source, f.shape);
    remember(symbols, source, new Set(f.symbols));
    remember(arithmetic, source, f.arithmetic);
  }
}

/** Keeps `value` under `source`, the cache emptied first once it holds more than CACHE_LIMIT formulas. */
function remember<T>(cache: Map<string, T>, source: string, value: T): T {
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(source, value);
  return value;
}

export function formulaShape(source: string): FormulaShape {
  return shapes.get(source) ?? remember(shapes, source, parseShape(source));
}

function parseShape(source: string): FormulaShape {
  let node: MathNode;
  try {
    node = parseExpression(source);
  } catch {
    return { kind: 'other' };
  }
  return shapeOfNode(node);
}

/** The shape of a formula already parsed (compiling a plan parses each formula once: planKernels.ts). */
export function shapeOfNode(node: MathNode): FormulaShape {
  const root = unwrap(node as Node);
  if (root.type === 'SymbolNode') return { kind: 'symbol', id: root.name! };
  if (root.type === 'OperatorNode' && root.fn === 'divide' && root.args?.length === 2) {
    const [a, b] = [unwrap(root.args[0]!), unwrap(root.args[1]!)];
    if (a.type === 'SymbolNode' && b.type === 'SymbolNode')
      return { kind: 'ratio', numerator: a.name!, denominator: b.name! };
  }
  const parts = sumParts(root);
  if (parts && parts.length >= 2) return { kind: 'sum', parts };
  return { kind: 'other' };
}

/** The formula as plain arithmetic of names (formulaArithmetic.ts), or null; null too when it does not parse. */
export function formulaArithmetic(source: string): Arithmetic | null {
  if (arithmetic.has(source)) return arithmetic.get(source)!;
  let node: MathNode | null = null;
  try {
    node = parseExpression(source);
  } catch {
    // loadPlan reports it.
  }
  return remember(arithmetic, source, node && arithmeticOfNode(node));
}

/** Every name a formula mentions (indicators, parameters, function names alike). Shared: do not modify. */
export function formulaSymbols(source: string): ReadonlySet<string> {
  return symbols.get(source) ?? remember(symbols, source, parseSymbols(source));
}

function parseSymbols(source: string): Set<string> {
  const out = new Set<string>();
  try {
    symbolsOfNode(parseExpression(source), out);
  } catch {
    // An unparsable formula mentions nothing we can rely on; loadPlan reports it.
  }
  return out;
}

/** Adds to `into` every name a parsed formula mentions, in the order a walk of its tree meets them. */
export function symbolsOfNode(node: MathNode, into: Set<string>): void {
  node.traverse((n) => {
    const m = n as unknown as Node;
    if (m.type === 'SymbolNode' && m.name) into.add(m.name);
  });
}
