// Turns a checked formula tree into the engine's expression IR (Expr.ts), which the kernel compiler
// turns into WebAssembly. Only checked trees reach here (checkFormula). Nothing of the formula's text is
// carried over: numbers are kept as parsed values and names become input numbers.
import type { Expr, MathFn } from './Expr.ts';
import type { MathNode } from './mathParser.ts';

/** The IR for a name: an input of the kernel, `year` or `t`; `prev` says whether it was inside prev(). */
export type NameResolver = (name: string, prev: boolean) => Expr;

const BINARY: Record<string, 'add' | 'sub' | 'mul' | 'div'> = {
  add: 'add',
  subtract: 'sub',
  multiply: 'mul',
  divide: 'div',
};
const COMPARE: Record<string, 'lt' | 'gt' | 'le' | 'ge' | 'eq' | 'ne'> = {
  smaller: 'lt',
  larger: 'gt',
  smallerEq: 'le',
  largerEq: 'ge',
  equal: 'eq',
  unequal: 'ne',
};
const UNARY_FN: Record<string, 'abs' | 'sqrt' | 'floor' | 'ceil'> = {
  abs: 'abs',
  sqrt: 'sqrt',
  floor: 'floor',
  ceil: 'ceil',
};
/** Functions WebAssembly lacks (or rounds differently, as round): the engine's own (mathFunctions.ts). */
const IMPORTED_FN: Record<string, MathFn> = {
  exp: 'exp',
  log: 'log',
  log10: 'log10',
  pow: 'pow',
  round: 'round',
  sign: 'sign',
};

interface AnyNode {
  type: string;
  name?: string;
  fn?: string | AnyNode;
  value?: unknown;
  args?: AnyNode[];
  content?: AnyNode;
  condition?: AnyNode;
  trueExpr?: AnyNode;
  falseExpr?: AnyNode;
}

const num = (value: number): Expr => ({ op: 'num', value });

/** min/max of several arguments, folded from the left as Math.min/Math.max do. */
function fold(op: 'min' | 'max', args: Expr[]): Expr {
  return args.slice(1).reduce<Expr>((a, b) => ({ op, a, b }), args[0]!);
}

export function lowerFormula(node: MathNode, resolve: NameResolver): Expr {
  const lower = (n: AnyNode, prev: boolean): Expr => {
    switch (n.type) {
      case 'ConstantNode':
        return num(n.value as number);
      case 'SymbolNode': {
        const name = n.name!;
        if (name === 'pi') return num(Math.PI);
        if (name === 'e') return num(Math.E);
        return resolve(name, prev);
      }
      case 'ParenthesisNode':
        return lower(n.content!, prev);
      case 'ConditionalNode':
        return {
          op: 'if',
          c: lower(n.condition!, prev),
          t: lower(n.trueExpr!, prev),
          f: lower(n.falseExpr!, prev),
        };
      case 'OperatorNode': {
        const fn = n.fn as string;
        const [a, b] = (n.args ?? []).map((x) => lower(x, prev)) as [Expr, Expr];
        const bin = BINARY[fn];
        if (bin) return { op: bin, a, b };
        const cmp = COMPARE[fn];
        if (cmp) return { op: cmp, a, b };
        switch (fn) {
          case 'mod':
            return { op: 'call', fn: 'mod', args: [a, b] };
          case 'pow':
            return { op: 'call', fn: 'pow', args: [a, b] };
          case 'unaryMinus':
            return { op: 'neg', a };
          case 'unaryPlus':
            return a;
          case 'and':
          case 'or':
            return { op: fn, a, b };
          case 'not':
            return { op: 'not', a };
        }
        throw new Error(`lowerFormula: unchecked operator ${fn}`);
      }
      case 'FunctionNode': {
        const name = (n.fn as AnyNode).name!;
        const raw = n.args ?? [];
        if (name === 'prev') return lower(raw[0]!, true);
        const args = raw.map((x) => lower(x, prev));
        if (name === 'clamp') return fold('min', [fold('max', [args[0]!, args[1]!]), args[2]!]);
        if (name === 'min' || name === 'max') return fold(name, args);
        const unary = UNARY_FN[name];
        if (unary) return { op: unary, a: args[0]! };
        const imported = IMPORTED_FN[name];
        if (imported) return { op: 'call', fn: imported, args };
        throw new Error(`lowerFormula: unchecked function ${name}`);
      }
    }
    throw new Error(`lowerFormula: unchecked node ${n.type}`);
  };
  return lower(node as unknown as AnyNode, false);
}
