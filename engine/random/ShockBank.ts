// Random draws, generated once per seed and reused by every run with that seed (common random numbers):
// moving a slider or bisecting over a lever changes the model, never the draws, so results move smoothly.
// Each named stream has its own 64-bit key (streamSeed.ts), and draw i of a stream always belongs to path i —
// a 300-path preview is the first 300 paths of the full run.
//
// The draws are generated in WebAssembly (drawsModule.ts) straight into the bank's own memory: one copy per
// seed, which every workspace of that seed reads (a workspace copies the row it is about to use next to its
// kernels, then reuses the space for the next row: Workspace.noise). Normals are float32 (4 bytes a draw:
// 200,000 paths to 2035 need ≈ 0.7 GB rather than 1.4), uniforms float64.
//
// API for other draws: `normals(name, n)` → standard normals, `uniforms(name, n)` → uniforms in (0, 1)
// (e.g. Poisson counts by inverting the CDF at u: one uniform per path, so path i keeps its draw). Both
// return a view valid until the next call on this bank (a new stream may move the memory): read it at once.
import { type DrawsExports, instantiateDraws, TABLE_BYTES } from '../compile/wasm/drawsModule.ts';
import { streamSeed } from './streamSeed.ts';

const PAGE = 65536;
/** The generator's tables come first in a bank's memory, then the rows. */
const ROWS_AT = Math.ceil(TABLE_BYTES / 64) * 64;

/**
 * Memories of banks given back, for the next new bank: fresh memory costs as much to touch the first time
 * (the system zeroes every page) as generating the draws into it, so a new seed reuses an old one's pages.
 */
const spare: WebAssembly.Memory[] = [];
const SPARE_KEEP = 2;
/** Larger memories are not kept (a 200,000-path bank is ≈ 0.7 GB): the budget is for giving memory back. */
const SPARE_MAX_BYTES = 128 * 2 ** 20;

/**
 * Uniforms of runs beyond this many paths are not kept: each row is generated again when asked for, into one
 * reused row (≈ 1 ms for 200,000 draws). Kept, the count and event draws of the embedded plan at 200,000 paths
 * to 2035 would hold 0.58 GB; below it, keeping them spares a warm run the regeneration.
 */
export const UNIFORMS_KEPT_UP_TO = 25_000;

/** Rows of draws of one kind in one WebAssembly memory, each row `capacity` draws long. */
class RowStore {
  private memory: WebAssembly.Memory | null = null;
  private draws: DrawsExports | null = null;
  private capacity = 0;
  private rowCapacity = 0;
  private readonly rows = new Map<string, { index: number; filled: number }>();

  constructor(
    private readonly bytesPerDraw: 4 | 8,
    private readonly kind: 'normals' | 'uniforms',
    /** One row, regenerated at every call (see UNIFORMS_KEPT_UP_TO). */
    private readonly transient = false,
  ) {}

  get bytes(): number {
    return this.memory?.buffer.byteLength ?? 0;
  }

  /**
   * Byte address of the first n draws of stream `name`, generating what is missing. The stream's key is asked
   * for only then: hashing the name twice on every read had cost 1.2–4.5 ms over the 861 reads of a
   * 10,000-path simulation (0.7–0.8 ms without it, BENCHMARKS.md).
   */
  row(name: string, n: number, keyOf: () => [number, number]): number {
    if (this.transient) this.rows.clear();
    if (n > this.capacity) this.widen(n);
    let row = this.rows.get(name);
    if (!row) {
      if (this.rows.size === this.rowCapacity) this.addRows();
      row = { index: this.rows.size, filled: 0 };
      this.rows.set(name, row);
    }
    const address = ROWS_AT + row.index * this.capacity * this.bytesPerDraw;
    if (row.filled < n) {
      const [keyHi, keyLo] = keyOf();
      this.draws![this.kind](address, row.filled, n, keyHi, keyLo, 0);
      row.filled = n;
    }
    return address;
  }

  view(address: number, n: number): Float32Array | Float64Array {
    const buffer = this.memory!.buffer;
    return this.bytesPerDraw === 4
      ? new Float32Array(buffer, address, n)
      : new Float64Array(buffer, address, n);
  }

  /** Longer rows: a new memory, every row's draws so far copied to its new place. */
  private widen(n: number): void {
    const old = this.memory;
    const oldCapacity = this.capacity;
    this.capacity = n;
    this.rowCapacity = this.transient ? 1 : Math.max(16, this.rows.size * 2);
    this.memory = this.allocate(this.rowCapacity);
    this.draws = instantiateDraws(this.memory);
    this.draws.zigTables(0);
    if (!old) return;
    const from = new Uint8Array(old.buffer);
    const to = new Uint8Array(this.memory.buffer);
    for (const row of this.rows.values()) {
      const bytes = row.filled * this.bytesPerDraw;
      const src = ROWS_AT + row.index * oldCapacity * this.bytesPerDraw;
      to.set(from.subarray(src, src + bytes), ROWS_AT + row.index * this.capacity * this.bytesPerDraw);
    }
  }

  private addRows(): void {
    const more = this.rowCapacity;
    const pages = Math.ceil((ROWS_AT + (this.rowCapacity + more) * this.capacity * this.bytesPerDraw) / PAGE);
    const have = this.memory!.buffer.byteLength / PAGE;
    if (pages > have) {
      try {
        this.memory!.grow(pages - have);
      } catch {
        throw new RangeError(
          `the random draws for ${this.capacity} paths need ${Math.ceil((pages * PAGE) / 2 ** 20)} MB, more than this machine would allocate: use fewer paths or an earlier horizon`,
        );
      }
    }
    this.rowCapacity += more;
  }

  private allocate(rows: number): WebAssembly.Memory {
    const pages = Math.ceil((ROWS_AT + rows * this.capacity * this.bytesPerDraw) / PAGE);
    const k = spare.findIndex((m) => m.buffer.byteLength >= pages * PAGE);
    if (k >= 0) {
      const reused = spare.splice(k, 1)[0]!;
      this.rowCapacity = Math.floor(
        (reused.buffer.byteLength - ROWS_AT) / (this.capacity * this.bytesPerDraw),
      );
      return reused;
    }
    return new WebAssembly.Memory({ initial: pages });
  }

  /**
   * Gives the memory back for another bank to reuse. A simulation still holding this bank (a cancelled or
   * interleaved run) finds its rows gone and has them generated again: the same draws, only slower.
   */
  release(): void {
    if (this.memory && this.memory.buffer.byteLength <= SPARE_MAX_BYTES) {
      spare.push(this.memory);
      if (spare.length > SPARE_KEEP) spare.shift();
    }
    this.memory = null;
    this.draws = null;
    this.capacity = 0;
    this.rowCapacity = 0;
    this.rows.clear();
  }
}

export class ShockBank {
  readonly seed: number;
  private readonly normalRows = new RowStore(4, 'normals');
  private readonly uniformRows = new RowStore(8, 'uniforms');
  private readonly transientNormals = new RowStore(4, 'normals', true);
  private readonly transientUniforms = new RowStore(8, 'uniforms', true);

  constructor(seed: number) {
    this.seed = seed;
  }

  /**
   * The first `n` standard normal draws of stream `name` (a view: read it before the next call). `keep`
   * false: generated into one reused row (the same draws), for a process's only run, which reads each
   * stream once: at 10,000 paths to 2035 its first run then touches 34 MB less memory for the first time
   * (≈ 8,600 page faults, ≈ 0.1 s on this VM).
   */
  normals(name: string, n: number, keep = true): Float32Array {
    const rows = keep ? this.normalRows : this.transientNormals;
    const address = rows.row(name, n, () => streamKey(this.seed, name));
    return rows.view(address, n) as Float32Array;
  }

  /**
   * The first `n` uniform draws in (0, 1) of stream `name` (a view: read it before the next call). `keep`
   * false: generated into the one reused row, as beyond UNIFORMS_KEPT_UP_TO (the same draws).
   */
  uniforms(name: string, n: number, keep = true): Float64Array {
    const rows = !keep || n > UNIFORMS_KEPT_UP_TO ? this.transientUniforms : this.uniformRows;
    const address = rows.row(name, n, () => streamKey(this.seed, `uniform:${name}`));
    return rows.view(address, n) as Float64Array;
  }

  /** Bytes held, for memory accounting. */
  get bytes(): number {
    return (
      this.normalRows.bytes +
      this.uniformRows.bytes +
      this.transientNormals.bytes +
      this.transientUniforms.bytes
    );
  }

  /** Gives the bank's memory back to be reused by the next new bank (see RowStore.release). */
  release(): void {
    this.normalRows.release();
    this.uniformRows.release();
    this.transientNormals.release();
    this.transientUniforms.release();
  }
}

/** A stream's 64-bit key as two 32-bit halves: two differently seeded hashes of its name. */
function streamKey(seed: number, name: string): [number, number] {
  return [streamSeed(seed, name), streamSeed(seed ^ 0x5bd1e995, name)];
}

/**
 * Keeps the banks of the most recently used seeds (a worker sees one or two seeds at a time), within a
 * memory budget: older banks beyond it are given back (the current one always stays).
 */
const banks = new Map<number, ShockBank>();
const KEEP = 2;
export const BANK_CACHE_BUDGET = 512 * 2 ** 20;

export function shockBankFor(seed: number): ShockBank {
  let bank = banks.get(seed);
  if (bank) {
    banks.delete(seed);
  } else {
    bank = new ShockBank(seed);
    if (banks.size >= KEEP) {
      const oldest = banks.keys().next().value!;
      banks.get(oldest)!.release();
      banks.delete(oldest);
    }
  }
  let total = bank.bytes;
  for (const [s, other] of [...banks].reverse()) {
    total += other.bytes;
    if (total > BANK_CACHE_BUDGET) {
      banks.delete(s);
      other.release();
    }
  }
  banks.set(seed, bank);
  return bank;
}
