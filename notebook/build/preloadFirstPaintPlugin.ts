// A Vite plugin that lets the page fetch, while its main script is still being parsed, the chunks the first
// paint needs but imports dynamically: the embedded plan as the build validated it and the shipped 基准 result
// (main.ts imports them only once it runs, which made more round trips after the script). The plan's own files
// are fetched only where no plan was shipped (the dev server), and are not preloaded.
import type { Plugin } from 'vite';

/** Chunks named after these modules are preloaded by the notebook page (not by help.html). */
const FIRST_PAINT = [/planpath-shipped-plan$/, /planpath-shipped-baseline$/];

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
