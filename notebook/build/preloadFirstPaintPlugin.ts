// A Vite plugin that lets the page fetch, while its entry is still being fetched and run, the chunks the first
// paint needs but imports dynamically: the page's code (the entry starts the engine worker first, then imports
// main.ts) with the chunks it imports, the embedded plan as the build validated it and the shipped 基准 result
// (main.ts imports them only once it runs, which made more round trips after the script). The plan's own files
// are fetched only where no plan was shipped (the dev server), and are not preloaded.
import type { Plugin } from 'vite';

/** Chunks named after these modules are preloaded by the notebook page (not by help.html). */
const FIRST_PAINT = [/planpath-shipped-plan$/, /planpath-shipped-baseline$/, /\/notebook\/main\.ts$/];

export function preloadFirstPaintPlugin(): Plugin {
  return {
    name: 'planpath-preload-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return [];
        const chunks = Object.values(ctx.bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const files = new Set<string>();
        for (const c of chunks) {
          if (!c.isDynamicEntry || !FIRST_PAINT.some((re) => re.test(c.facadeModuleId ?? ''))) continue;
          files.add(c.fileName);
          // What it imports statically comes with it; the entry, already loading, does not need a hint.
          for (const imported of c.imports) if (!entries.has(imported)) files.add(imported);
        }
        return [...files].sort().map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
