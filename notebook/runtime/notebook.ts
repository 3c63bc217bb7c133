// A thin layer over the Observable runtime: named cells, each rendered into its own slot in the page, and
// `viewof` cells (an element the planner works with plus the value it holds).
import { Runtime } from '@observablehq/runtime';
import { input } from './generators.ts';
import { laterTask } from './laterTask.ts';
import { nextTask } from './nextTask.ts';
import { strictGlobal } from './strictGlobal.ts';

// biome-ignore lint/suspicious/noExplicitAny: cell definitions take whatever their inputs hold.
export type Definition = (...inputs: any[]) => unknown;

interface RuntimeVariable {
  define(name: string | null, inputs: string[], definition: Definition): unknown;
  delete(): void;
}

/** The runtime's scheduling, replaced below (@observablehq/runtime 6, src/runtime.js). */
interface RuntimeInternals {
  _computeSoon: () => Promise<unknown>;
  _computeNow: () => Promise<unknown>;
  _disposed: boolean;
}

interface RuntimeModule {
  variable(observer?: unknown): RuntimeVariable;
  value(name: string): Promise<unknown>;
}

/** The event a rendered cell dispatches on its slot: the bench and the browser tests wait for it. */
export const CELL_RENDERED = 'planpath:rendered';

function slotObserver(slot: HTMLElement, name: string, settled: () => void = () => {}) {
  return {
    pending() {
      slot.classList.add('cell-pending');
    },
    fulfilled(value: unknown) {
      slot.classList.remove('cell-pending', 'cell-error');
      if (value instanceof Node) {
        if (slot.firstChild !== value || slot.childNodes.length !== 1) slot.replaceChildren(value);
      } else if (value === undefined || value === null) {
        slot.replaceChildren();
      }
      slot.dispatchEvent(new CustomEvent(CELL_RENDERED, { bubbles: true, detail: { name } }));
      settled();
    },
    rejected(error: unknown) {
      slot.classList.remove('cell-pending');
      slot.classList.add('cell-error');
      const box = document.createElement('div');
      box.className = 'error-box';
      box.setAttribute('role', 'alert');
      box.textContent = error instanceof Error ? error.message : String(error);
      slot.replaceChildren(box);
      console.error(`cell ${name}:`, error);
      settled();
    },
  };
}

/**
 * The definition, run after the work already queued (nextTask; laterTask for a view below the fold); its
 * value, generator or promise as before.
 */
function inOwnTask(definition: Definition, task: () => Promise<void>): Definition {
  return async function (this: unknown, ...inputs: unknown[]) {
    await task();
    return definition.apply(this, inputs);
  };
}

export interface ViewOptions {
  /**
   * Below the fold: computed at background priority (laterTask), after the views above it and any result
   * that arrives meanwhile. A shared link's full run had waited ≈ 0.4 s behind the first round of the views
   * below (BENCHMARKS.md, session 12).
   */
  below?: boolean;
}

export class Notebook {
  readonly runtime: InstanceType<typeof Runtime>;
  readonly module: RuntimeModule;
  /** Views defined with `view` that have not yet rendered (or failed) once. */
  readonly #unrendered = new Set<string>();
  #rendered: (() => void)[] = [];

  constructor(builtins: Record<string, unknown>) {
    this.runtime = new Runtime(builtins, strictGlobal);
    // The runtime recomputes its cells in an animation-frame callback: the cells' work then shares one task
    // with the style, layout and paint of that frame. Computed in a task of their own once the frame is
    // drawn, they still run at most once a frame, and no task holds both (see tests/bench/dragProfile.ts).
    const runtime = this.runtime as unknown as RuntimeInternals;
    const frame =
      typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (f: () => void) => f();
    runtime._computeSoon = () =>
      new Promise<void>((drawn) => frame(() => void nextTask().then(drawn))).then(() =>
        runtime._disposed ? undefined : runtime._computeNow(),
      );
    this.module = this.runtime.module() as unknown as RuntimeModule;
  }

  /** A cell computed only when a visible cell needs it. */
  hidden(name: string, inputs: string[], definition: Definition): void {
    this.module.variable().define(name, inputs, definition);
  }

  /**
   * A cell whose value (a DOM node) is shown in `slot`. Each view computes in a task of its own: the runtime
   * would otherwise compute every view of a round in one task (the first round, ≈ 0.5 s on a cold page, during
   * which the page answered no input).
   */
  view(
    name: string,
    slot: HTMLElement,
    inputs: string[],
    definition: Definition,
    options: ViewOptions = {},
  ): void {
    slot.dataset.cell = name;
    const task = options.below ? laterTask : nextTask;
    this.#unrendered.add(name);
    const settled = () => {
      if (!this.#unrendered.delete(name) || this.#unrendered.size > 0) return;
      for (const resolve of this.#rendered.splice(0)) resolve();
    };
    this.module.variable(slotObserver(slot, name, settled)).define(name, inputs, inOwnTask(definition, task));
  }

  /**
   * Settles once every view defined so far has rendered (or failed) once: the end of a page's first round,
   * views below the fold included.
   */
  allRendered(): Promise<void> {
    if (this.#unrendered.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#rendered.push(resolve));
  }

  /**
   * A cell added while the page runs (a planner's cell): shown in `slot` (none: hidden), redefined when its settings change,
   * deleted when the planner removes it.
   */
  dynamic(
    name: string,
    slot: HTMLElement | null,
  ): {
    define(inputs: string[], definition: Definition): void;
    delete(): void;
  } {
    if (slot) slot.dataset.cell = name;
    const variable = this.module.variable(slot ? slotObserver(slot, name) : undefined);
    return {
      define: (inputs, definition) => void variable.define(name, inputs, definition),
      delete: () => variable.delete(),
    };
  }

  /** `viewof name`: the element shown in `slot`, and `name` = its current value, updated on `input`. */
  viewof(name: string, slot: HTMLElement, inputs: string[], definition: Definition): void {
    this.view(`viewof ${name}`, slot, inputs, definition);
    this.module.variable(true).define(name, [`viewof ${name}`], (element: HTMLElement) => input(element));
  }

  value(name: string): Promise<unknown> {
    return this.module.value(name);
  }

  dispose(): void {
    this.runtime.dispose();
  }
}
