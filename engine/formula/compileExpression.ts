// Turns a checked formula tree into a JavaScript expression over one path `i`. Only checked trees reach
// here (checkFormula), and no text from the formula is copied into the output: numbers are re-printed from
// their parsed values and names are replaced by the engine's own variable names, so the generated code
// cannot carry anything a planner typed.
import type { MathNode } from './mathParser.ts';

/** How a name reads in the generated code, e.g. `v3[i]`; `prev` says whether it was inside prev(). */
export type NameResolver = (name: string, prev: boolean) => string;

const BINARY: Record<string, string> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  mod: '%',
};
const COMPARE: Record<string, string> = {
  smaller: '<',
  larger: '>',
  smallerEq: '<=',
  largerEq: '>=',
  equal: '===',
  unequal: '!==',
};
const MATH_FN: Record<string, string> = {
  abs: 'Math.abs',
  min: 'Math.min',
  max: 'Math.max',
  exp: 'Math.exp',
  log: 'Math.log',
  log10: 'Math.log10',
  sqrt: 'Math.sqrt',
  pow: 'Math.pow',
  floor: 'Math.floor',
  ceil: 'Math.ceil',
  round: 'Math.round',
  sign: 'Math.sign',
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

function literal(value: number): string {
  // Parenthesised so that a negative literal never meets a unary minus as "--".
  return `(${String(value)})`;
}

export function compileExpression(node: MathNode, resolve: NameResolver): string {
  const emit = (n: AnyNode, prev: boolean): string => {
    switch (n.type) {
      case 'ConstantNode':
        return literal(n.value as number);
      case 'SymbolNode': {
        const name = n.name!;
        if (name === 'pi') return literal(Math.PI);
        if (name === 'e') return literal(Math.E);
        return resolve(name, prev);
      }
      case 'ParenthesisNode':
        return emit(n.content!, prev);
      case 'ConditionalNode':
        return `(${emit(n.condition!, prev)} !== 0 ? ${emit(n.trueExpr!, prev)} : ${emit(n.falseExpr!, prev)})`;
      case 'OperatorNode': {
        const fn = n.fn as string;
        const args = (n.args ?? []).map((a) => emit(a, prev));
        const [a, b] = args;
        if (fn in BINARY) return `(${a} ${BINARY[fn]} ${b})`;
        if (fn in COMPARE) return `(${a} ${COMPARE[fn]} ${b} ? 1 : 0)`;
        switch (fn) {
          case 'pow':
            return `Math.pow(${a}, ${b})`;
          case 'unaryMinus':
            return `(-${a})`;
          case 'unaryPlus':
            return `(+${a})`;
          case 'and':
            return `(${a} !== 0 && ${b} !== 0 ? 1 : 0)`;
          case 'or':
            return `(${a} !== 0 || ${b} !== 0 ? 1 : 0)`;
          case 'not':
            return `(${a} === 0 ? 1 : 0)`;
        }
        throw new Error(`compileExpression: unchecked operator ${fn}`);
      }
      case 'FunctionNode': {
        const name = (n.fn as AnyNode).name!;
        const rawArgs = n.args ?? [];
        if (name === 'prev') return emit(rawArgs[0]!, true);
        const args = rawArgs.map((a) => emit(a, prev));
        if (name === 'clamp') return `Math.min(Math.max(${args[0]}, ${args[1]}), ${args[2]})`;
        const js = MATH_FN[name];
        if (!js) throw new Error(`compileExpression: unchecked function ${name}`);
        return `${js}(${args.join(', ')})`;
      }
    }
    throw new Error(`compileExpression: unchecked node ${n.type}`);
  };
  return emit(node as unknown as AnyNode, false);
}
