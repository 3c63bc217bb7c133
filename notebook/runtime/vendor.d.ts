// Types for htl, which ships none: `html` escapes every interpolated value (text and attributes), so views
// build their markup with it and never concatenate strings into innerHTML.
declare module 'htl' {
  /**
   * One root element; several roots come wrapped in a <span> — which a table row or a list cannot hold: use
   * html.fragment there.
   */
  export const html: {
    (strings: TemplateStringsArray, ...values: unknown[]): HTMLElement;
    fragment(strings: TemplateStringsArray, ...values: unknown[]): DocumentFragment;
  };
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement;
}

declare module 'virtual:planpath-shipped-plan' {
  /** See notebook/build/shippedBaselinePlugin.ts: exact JSON (client/exactJson.ts); null when none was built. */
  const shipped: string | null;
  export default shipped;
}

declare module 'virtual:planpath-shipped-plan-en' {
  /** See notebook/build/splitEnglishProse.ts: the English notes of the shipped plan; null when none was built. */
  const english: import('../build/splitEnglishProse.ts').EnglishProse | null;
  export default english;
}

declare module 'virtual:planpath-shipped-baseline' {
  /** See notebook/build/shippedBaselinePlugin.ts: the scenario's key, and the result as exact JSON
   * (client/exactJson.ts); null when none was built. */
  const shipped: { key: string; result: string } | null;
  export default shipped;
}
