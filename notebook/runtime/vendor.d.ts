// Types for the two Observable packages that ship none; only what the notebook uses.
declare module '@observablehq/inputs' {
  type Form<T> = HTMLFormElement & { value: T };
  interface Common {
    label?: string | Node;
    disabled?: boolean;
    width?: number | string;
  }
  export function range(
    extent: [number, number],
    options?: Common & {
      value?: number;
      step?: number;
      format?: (x: number) => string;
      placeholder?: string;
    },
  ): Form<number>;
  export function select<T>(
    data: readonly T[] | Map<string, T>,
    options?: Common & { value?: T; format?: (x: T) => string; multiple?: boolean },
  ): Form<T>;
  export function text(
    options?: Common & {
      value?: string;
      placeholder?: string;
      spellcheck?: boolean;
      submit?: boolean | string;
    },
  ): Form<string>;
  export function textarea(
    options?: Common & {
      value?: string;
      placeholder?: string;
      rows?: number;
      spellcheck?: boolean;
      submit?: boolean | string;
    },
  ): Form<string>;
  export function toggle(options?: Common & { value?: boolean }): Form<boolean>;
  export function radio<T>(
    data: readonly T[],
    options?: Common & { value?: T; format?: (x: T) => string },
  ): Form<T>;
  export function button(
    content: string | Node | [string | Node, (value: unknown) => unknown][],
    options?: Common & { value?: unknown; reduce?: (value: unknown) => unknown },
  ): Form<unknown>;
}

declare module 'htl' {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement;
}
