// mathjs exports each function's factory (createParse, createSymbolNode, …) from its ES entry but its types
// declare only the ready-made `*Dependencies` bundles. mathParser.ts builds its parser from single factories
// so that the bundle carries only what parsing runs; these are the ones it names.
import type { FactoryFunctionMap } from 'mathjs';

type Factory = FactoryFunctionMap[string];

declare module 'mathjs' {
  export const createParse: Factory;
  export const createTyped: Factory;
  export const createNumber: Factory;
  export const createNumeric: Factory;
  export const createNode: Factory;
  export const createAccessorNode: Factory;
  export const createArrayNode: Factory;
  export const createAssignmentNode: Factory;
  export const createBlockNode: Factory;
  export const createConditionalNode: Factory;
  export const createConstantNode: Factory;
  export const createFunctionAssignmentNode: Factory;
  export const createFunctionNode: Factory;
  export const createIndexNode: Factory;
  export const createObjectNode: Factory;
  export const createOperatorNode: Factory;
  export const createParenthesisNode: Factory;
  export const createRangeNode: Factory;
  export const createRelationalNode: Factory;
  export const createSymbolNode: Factory;
}
