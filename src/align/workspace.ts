/**
 * Typed arrays reused from one search to the next within one alignment. Every large typed array
 * counts as external memory, and V8 starts a full collection for each 64 MB of it allocated: at a
 * million segments, fresh arrays for each search level, pass and confidence model set off dozens of
 * full collections of a heap holding both documents, most of the run's time.
 */
export class Workspace {
  private readonly slots = new Map<string, Float64Array | Int32Array | Uint8Array>();

  /** A Float64Array of `length` under `name`, every element `fill`; valid until `name` is asked for again. */
  f64(name: string, length: number, fill = 0): Float64Array {
    return this.take(name, length, fill, (n) => new Float64Array(n));
  }

  /** An Int32Array of `length` under `name` (see `f64`). */
  i32(name: string, length: number, fill = 0): Int32Array {
    return this.take(name, length, fill, (n) => new Int32Array(n));
  }

  /** A Uint8Array of `length` under `name` (see `f64`). */
  u8(name: string, length: number, fill = 0): Uint8Array {
    return this.take(name, length, fill, (n) => new Uint8Array(n));
  }

  private take<A extends Float64Array | Int32Array | Uint8Array>(name: string, length: number, fill: number, make: (n: number) => A): A {
    let array = this.slots.get(name) as A | undefined;
    if (array === undefined || array.length < length) {
      array = make(length);
      this.slots.set(name, array);
    }
    const view = array.subarray(0, length) as A;
    view.fill(fill);
    return view;
  }
}
