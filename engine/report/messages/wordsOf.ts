// The words of an engine message where the engine must write them into its own data: an input issue's English
// `message` (what the CLI prints, and an error's text) and an actuals issue's two languages. The catalogue
// installs its renderer here as it loads (render.ts), so the CLI, the tests and the page, which all load it,
// get words. The page's engine worker never loads it — the catalogue would be ≈ 22 KB gzipped of a first
// visit — so there the text is the message's code, and the page renders every message it gets from the worker
// from the message itself (an issue's `what`), in its own language.
import type { Lang } from '../lang.ts';
import type { Message } from './message.ts';

type Render = (lang: Lang, message: Message) => string;

let installed: Render | null = null;

/** Called once by the catalogue's renderer as it loads. */
export function installWords(render: Render): void {
  installed = render;
}

/** The message in words where the catalogue is loaded, else its code. */
export function wordsOf(lang: Lang, message: Message): string {
  return installed ? installed(lang, message) : message.code;
}
