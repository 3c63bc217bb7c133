// A thin layer over the Observable runtime: named cells, each rendered into its own slot in the page, and
// `viewof` cells (an element the planner works with plus the value it holds).
import { Runtime } from '@observablehq/runtime';
import { input } from './generators.ts';
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

function slotObserver(slot: HTMLElement, name: string) {
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
    },
  };
}

/** The definition, run after the work already queued (nextTask); its value, generator or promise as before. */
function inOwnTask(definition: Definition): Definition {
  return async function (this: unknown, ...inputs: unknown[]) {
    await nextTask();
    return definition.apply(this, inputs);
  };
}

export class Notebook {
  readonly runtime: InstanceType<typeof Runtime>;
  readonly module: RuntimeModule;

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
  view(name: string, slot: HTMLElement, inputs: string[], definition: Definition): void {
    slot.dataset.cell = name;
    this.module.variable(slotObserver(slot, name)).define(name, inputs, inOwnTask(definition));
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
