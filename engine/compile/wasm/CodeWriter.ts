// Bytes of a WebAssembly function body, written one instruction at a time. LEB128 and IEEE 754 encodings
// are the spec's (§5.2); immediates are checked to be in range so a bug shows here, not as a module that
// fails to validate.
import { Op, Simd } from './opcodes.ts';

export class CodeWriter {
  readonly bytes: number[] = [];

  byte(...b: number[]): this {
    this.bytes.push(...b);
    return this;
  }

  /** Appends already encoded bytes (a loop, not a spread: bodies can be long). */
  append(b: ArrayLike<number>): this {
    for (let k = 0; k < b.length; k++) this.bytes.push(b[k]!);
    return this;
  }

  u32(v: number): this {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`u32 out of range: ${v}`);
    let x = v;
    do {
      let b = x & 0x7f;
      x = Math.floor(x / 128);
      if (x !== 0) b |= 0x80;
      this.bytes.push(b);
    } while (x !== 0);
    return this;
  }

  i32(v: number): this {
    if (!Number.isInteger(v) || v < -(2 ** 31) || v >= 2 ** 31)
      throw new RangeError(`i32 out of range: ${v}`);
    let x = v | 0;
    for (;;) {
      const b = x & 0x7f;
      x >>= 7;
      const done = (x === 0 && (b & 0x40) === 0) || (x === -1 && (b & 0x40) !== 0);
      this.bytes.push(done ? b : b | 0x80);
      if (done) return this;
    }
  }

  /** A signed LEB128 of a 64-bit integer (i64.const's immediate). */
  i64(v: bigint): this {
    if (v < -(2n ** 63n) || v >= 2n ** 64n) throw new RangeError(`i64 out of range: ${v}`);
    let x = BigInt.asIntN(64, v);
    for (;;) {
      const b = Number(x & 0x7fn);
      x >>= 7n;
      const done = (x === 0n && (b & 0x40) === 0) || (x === -1n && (b & 0x40) !== 0);
      this.bytes.push(done ? b : b | 0x80);
      if (done) return this;
    }
  }

  f64(v: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v, true);
    for (let k = 0; k < 8; k++) this.bytes.push(view.getUint8(k));
    return this;
  }

  op(code: number): this {
    return this.byte(code);
  }

  simd(code: number): this {
    return this.byte(Op.simdPrefix).u32(code);
  }

  localGet(i: number): this {
    return this.byte(Op.localGet).u32(i);
  }

  localSet(i: number): this {
    return this.byte(Op.localSet).u32(i);
  }

  i32Const(v: number): this {
    return this.byte(Op.i32Const).i32(v);
  }

  f64Const(v: number): this {
    return this.byte(Op.f64Const).f64(v);
  }

  /** A memory instruction with its alignment (log2 bytes) and offset. */
  mem(code: number, alignLog2: number, offset = 0): this {
    return this.byte(code).u32(alignLog2).u32(offset);
  }

  simdMem(code: number, alignLog2: number, offset = 0): this {
    return this.simd(code).u32(alignLog2).u32(offset);
  }

  /**
   * `for (; k < end; k += step) body()` over i32 locals k and end (compared unsigned: byte offsets and
   * counts are never negative).
   */
  forLoop(k: number, end: number, step: number, body: () => void): this {
    this.byte(Op.block, 0x40, Op.loop, 0x40);
    this.localGet(k).localGet(end).byte(Op.i32GeU, Op.brIf).u32(1);
    body();
    this.localGet(k).i32Const(step).byte(Op.i32Add).localSet(k);
    return this.byte(Op.br).u32(0).byte(Op.end, Op.end);
  }

  /** v128.const with both f64 lanes set to v. */
  f64x2Const(v: number): this {
    return this.simd(Simd.v128Const).f64(v).f64(v);
  }
}
