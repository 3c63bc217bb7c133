// Encodes a WebAssembly module (core spec §5.5) from a list of functions: one imported memory, imported
// host functions, and the module's own functions with their exports. Just the sections the engine needs.
import { CodeWriter } from './CodeWriter.ts';
import { VALTYPE, type ValType } from './opcodes.ts';

export interface FuncType {
  params: ValType[];
  results: ValType[];
}

export interface FuncImport extends FuncType {
  module: string;
  name: string;
}

export interface FuncDef extends FuncType {
  /** Locals after the parameters. */
  locals: ValType[];
  /** The instructions, without the final `end`. */
  body: ArrayLike<number>;
  export?: string;
}

export interface ModuleSpec {
  memory: { module: string; name: string };
  imports: FuncImport[];
  functions: FuncDef[];
}

/**
 * The module's bytes as a list of pieces, joined once at the end with `Uint8Array.set` (a native copy): a
 * kernel module is hundreds of kilobytes, and copying it byte by byte in JavaScript, three times over, was a
 * tenth of a cold run's setup (the first run's JavaScript is not yet optimised).
 */
class Pieces {
  readonly list: ArrayLike<number>[] = [];
  length = 0;

  add(bytes: ArrayLike<number>): void {
    this.list.push(bytes);
    this.length += bytes.length;
  }

  join(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.list) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

function section(out: Pieces, id: number, content: CodeWriter | Pieces): void {
  if (content instanceof CodeWriter) {
    out.add(new CodeWriter().byte(id).u32(content.bytes.length).bytes);
    out.add(content.bytes);
    return;
  }
  out.add(new CodeWriter().byte(id).u32(content.length).bytes);
  for (const p of content.list) out.add(p);
}

function name(w: CodeWriter, s: string): void {
  const utf8 = new TextEncoder().encode(s);
  w.u32(utf8.length).append(utf8);
}

const END = [0x0b];

export function encodeModule(spec: ModuleSpec): Uint8Array<ArrayBuffer> {
  const typeKeys: string[] = [];
  const types: FuncType[] = [];
  const typeIndex = (t: FuncType): number => {
    const key = `${t.params.join(',')}->${t.results.join(',')}`;
    let k = typeKeys.indexOf(key);
    if (k < 0) {
      k = typeKeys.length;
      typeKeys.push(key);
      types.push(t);
    }
    return k;
  };
  const importTypes = spec.imports.map(typeIndex);
  const funcTypes = spec.functions.map(typeIndex);

  const out = new Pieces();
  out.add([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  const typeSec = new CodeWriter().u32(types.length);
  for (const t of types) {
    typeSec.byte(0x60).u32(t.params.length);
    for (const p of t.params) typeSec.byte(VALTYPE[p]);
    typeSec.u32(t.results.length);
    for (const r of t.results) typeSec.byte(VALTYPE[r]);
  }
  section(out, 1, typeSec);

  const importSec = new CodeWriter().u32(spec.imports.length + 1);
  name(importSec, spec.memory.module);
  name(importSec, spec.memory.name);
  importSec.byte(0x02, 0x00).u32(0); // memory, limits: min 0 pages, no max
  spec.imports.forEach((imp, k) => {
    name(importSec, imp.module);
    name(importSec, imp.name);
    importSec.byte(0x00).u32(importTypes[k]!);
  });
  section(out, 2, importSec);

  const funcSec = new CodeWriter().u32(funcTypes.length);
  for (const t of funcTypes) funcSec.u32(t);
  section(out, 3, funcSec);

  const exported = spec.functions.flatMap((f, k) => (f.export ? [[f.export, k] as const] : []));
  const exportSec = new CodeWriter().u32(exported.length);
  for (const [exportName, k] of exported) {
    name(exportSec, exportName);
    exportSec.byte(0x00).u32(spec.imports.length + k);
  }
  section(out, 7, exportSec);

  const codeSec = new Pieces();
  codeSec.add(new CodeWriter().u32(spec.functions.length).bytes);
  for (const f of spec.functions) {
    // Locals as runs of one type.
    const runs: [number, ValType][] = [];
    for (const l of f.locals) {
      const last = runs[runs.length - 1];
      if (last && last[1] === l) last[0]++;
      else runs.push([1, l]);
    }
    const locals = new CodeWriter().u32(runs.length);
    for (const [count, type] of runs) locals.u32(count).byte(VALTYPE[type]);
    codeSec.add(new CodeWriter().u32(locals.bytes.length + f.body.length + 1).bytes);
    codeSec.add(locals.bytes);
    codeSec.add(f.body);
    codeSec.add(END);
  }
  section(out, 10, codeSec);
  return out.join();
}
