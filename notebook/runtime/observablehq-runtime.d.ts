declare module '@observablehq/runtime' {
  export class Runtime {
    constructor(builtins?: Record<string, unknown>, global?: (name: string) => unknown);
    module(define?: unknown, observer?: unknown): unknown;
    dispose(): void;
  }
  export class RuntimeError extends Error {}
}
