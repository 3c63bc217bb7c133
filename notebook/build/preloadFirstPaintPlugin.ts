// A Vite plugin that lets the page fetch, while its main script is still being parsed, the chunks the first
// paint needs but imports dynamically: the embedded plan, its statistics file and the shipped 基准 result
// (main.ts imports them only once it runs, which made three more round trips after the script).
import type { Plugin } from 'vite';

/** Chunks named after these modules are preloaded by the notebook page (not by help.html). */
const FIRST_PAINT = [
  /seeds\/yaohai\.plan\.json$/,
  /seeds\/yaohai\.statistics\.json$/,
  /planpath-shipped-baseline$/,
];

export function preloadFirstPaintPlugin(): Plugin {
  return {
    name: 'planpath-preload-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return [];
        return Object.values(ctx.bundle)
          .filter(
            (c) =>
              c.type === 'chunk' &&
              c.isDynamicEntry &&
              FIRST_PAINT.some((re) => re.test(c.facadeModuleId ?? '')),
          )
          .map((c) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${c.fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
