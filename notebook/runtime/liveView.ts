// A view the notebook keeps on screen and feeds each new value, instead of rebuilding it: a cell builds it
// when its structure changes (the language), a second cell calls `update` with each result (see main.ts).
export interface LiveView<T> {
  readonly element: HTMLElement;
  update(value: T): void;
}
