// A formula as plain arithmetic of names — numbers, names, prev(), + − × ÷ — or null when it is anything more
// (a condition, a comparison, a function). Kept as data with the formula's other facts (formulaShape.ts), so
// that the evaluation can compute a derived indicator from observed inputs without parsing the formula
// again (observedFormula.ts), and so that it travels with shipped kernels.
import type { MathNode } from '../compile/formula/mathParser.ts';

export type Arithmetic =
  | number
  /** A name: an indicator or a parameter (the reader tells which). */
  | string
  | ['prev', Arithmetic]
  | ['neg', Arithmetic]
  | ['+' | '-' | '*' | '/', Arithmetic, Arithmetic];

type Node = MathNode & {
  type: string;
  content?: Node;
  fn?: string | { name?: string };
  args?: Node[];
  name?: string;
  value?: unknown;
};

const OPERATORS: Record<string, '+' | '-' | '*' | '/'> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
};

export function arithmeticOfNode(node: MathNode): Arithmetic | null {
  const n = node as Node;
  switch (n.type) {
    case 'ConstantNode':
      return typeof n.value === 'number' ? n.value : null;
    case 'ParenthesisNode':
      return arithmeticOfNode(n.content!);
    case 'SymbolNode':
      return n.name ?? null;
    case 'FunctionNode': {
      const name = typeof n.fn === 'object' ? n.fn?.name : undefined;
      const inner = name === 'prev' && n.args?.length === 1 ? arithmeticOfNode(n.args[0]!) : null;
      return inner === null ? null : ['prev', inner];
    }
    case 'OperatorNode': {
      const args = (n.args ?? []).map(arithmeticOfNode);
      if (args.some((a) => a === null)) return null;
      if (args.length === 1 && n.fn === 'unaryMinus') return ['neg', args[0]!];
      if (args.length === 1 && n.fn === 'unaryPlus') return args[0]!;
      const op = typeof n.fn === 'string' ? OPERATORS[n.fn] : undefined;
      return args.length === 2 && op ? [op, args[0]!, args[1]!] : null;
    }
    default:
      return null;
  }
}
