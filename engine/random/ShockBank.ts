// Random draws, generated once per seed and reused by every run with that seed (common random numbers):
// moving a slider or bisecting over a lever changes the model, never the draws, so results move smoothly.
// Each named stream has its own 64-bit key (streamSeed.ts), and draw i of a stream always belongs to path i —
// a 300-path preview is the first 300 paths of the full run.
//
// The draws are generated in WebAssembly (drawsModule.ts) straight into the bank's own memory: one copy per
// seed, which every workspace of that seed reads (a workspace copies the row it is about to use next to its
// kernels, then reuses the space for the next row: Workspace.noise). Normals are float32 (4 bytes a draw:
// 200,000 paths to 2035 need ≈ 0.7 GB rather than 1.4).
//
// API: `normals(name, n)` → standard normals, a view valid until the next call on this bank (a new stream may
// move the memory): read it at once. Uniforms in (0, 1) (an event's or a count's draw: one per path, so path
// i keeps its draw) are not kept: `uniformKey(name)` is the stream's key, and a workspace writes the row
// where it reads it (PathLoops.uniforms). Kept, they had been ≈ 28 MB of fresh memory in a first run of
// 10,000 paths to 2035 (≈ 7,000 page faults, ≈ 0.1 s on this VM); drawn again, they cost a warm run ≈ 3 %
// more than copying them out of the bank's memory did (BENCHMARKS.md, session 12).
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

/** Bytes of a normal draw (float32). */
const DRAW_BYTES = 4;

/** Rows of normals in one WebAssembly memory, each row `capacity` draws long. */
class RowStore {
  private memory: WebAssembly.Memory | null = null;
  private draws: DrawsExports | null = null;
  private capacity = 0;
  private rowCapacity = 0;
  private readonly rows = new Map<string, { index: number; filled: number }>();

  constructor(
    /** One row, regenerated at every call (a process's only run). */
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
    const address = ROWS_AT + row.index * this.capacity * DRAW_BYTES;
    if (row.filled < n) {
      const [keyHi, keyLo] = keyOf();
      this.draws!.normals(address, row.filled, n, keyHi, keyLo, 0);
      row.filled = n;
    }
    return address;
  }

  view(address: number, n: number): Float32Array {
    return new Float32Array(this.memory!.buffer, address, n);
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
      const bytes = row.filled * DRAW_BYTES;
      const src = ROWS_AT + row.index * oldCapacity * DRAW_BYTES;
      to.set(from.subarray(src, src + bytes), ROWS_AT + row.index * this.capacity * DRAW_BYTES);
    }
  }

  private addRows(): void {
    const more = this.rowCapacity;
    const pages = Math.ceil((ROWS_AT + (this.rowCapacity + more) * this.capacity * DRAW_BYTES) / PAGE);
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
    const pages = Math.ceil((ROWS_AT + rows * this.capacity * DRAW_BYTES) / PAGE);
    const k = spare.findIndex((m) => m.buffer.byteLength >= pages * PAGE);
    if (k >= 0) {
      const reused = spare.splice(k, 1)[0]!;
      this.rowCapacity = Math.floor((reused.buffer.byteLength - ROWS_AT) / (this.capacity * DRAW_BYTES));
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
  private readonly normalRows = new RowStore();
  private readonly transientNormals = new RowStore(true);
  /** Uniform streams' keys by name: hashing a name costs more than a look-up (see RowStore.row). */
  private readonly uniformKeys = new Map<string, readonly [number, number]>();

  constructor(seed: number) {
    this.seed = seed;
  }

  /**
   * The first `n` standard normal draws of stream `name` (a view: read it before the next call). `keep`
   * false: generated into one reused row (the same draws), for a process's only run, which reads each
   * stream once and so need not touch a row per stream for the first time (BENCHMARKS.md, session 12).
   */
  normals(name: string, n: number, keep = true): Float32Array {
    const rows = keep ? this.normalRows : this.transientNormals;
    const address = rows.row(name, n, () => streamKey(this.seed, name));
    return rows.view(address, n);
  }

  /** The key of uniform stream `name`, for PathLoops.uniforms (drawsModule.ts uniformsFunction). */
  uniformKey(name: string): readonly [keyHi: number, keyLo: number] {
    let key = this.uniformKeys.get(name);
    if (!key) {
      key = streamKey(this.seed, `uniform:${name}`);
      this.uniformKeys.set(name, key);
    }
    return key;
  }

  /** Bytes held, for memory accounting. */
  get bytes(): number {
    return this.normalRows.bytes + this.transientNormals.bytes;
  }

  /** Gives the bank's memory back to be reused by the next new bank (see RowStore.release). */
  release(): void {
    this.normalRows.release();
    this.transientNormals.release();
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
