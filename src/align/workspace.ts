/** What a workspace array is filled with: a value, or `'any'` (left as it was). */
export type Fill = number | 'any';

/**
 * Typed arrays reused from one search to the next within one alignment. Every large typed array
 * counts as external memory, and V8 starts a full collection for each 64 MB of it allocated: at a
 * million segments, fresh arrays for each search level, pass and confidence model set off dozens of
 * full collections of a heap holding both documents, most of the run's time.
 */
export class Workspace {
  private readonly slots = new Map<string, Float64Array | Int32Array | Uint8Array>();

  /**
   * A Float64Array of `length` under `name`, every element `fill` (`'any'`: left as the last user
   * left it, for arrays written in full before they are read); valid until `name` is asked for again.
   */
  f64(name: string, length: number, fill: Fill = 0): Float64Array {
    return this.take(name, length, fill, (n) => new Float64Array(n));
  }

  /** An Int32Array of `length` under `name` (see `f64`). */
  i32(name: string, length: number, fill: Fill = 0): Int32Array {
    return this.take(name, length, fill, (n) => new Int32Array(n));
  }

  /** A Uint8Array of `length` under `name` (see `f64`). */
  u8(name: string, length: number, fill: Fill = 0): Uint8Array {
    return this.take(name, length, fill, (n) => new Uint8Array(n));
  }

  private take<A extends Float64Array | Int32Array | Uint8Array>(name: string, length: number, fill: Fill, make: (n: number) => A): A {
    let array = this.slots.get(name) as A | undefined;
    if (array === undefined || array.length < length) {
      array = make(length);
      this.slots.set(name, array);
    }
    const view = array.subarray(0, length) as A;
    // A million-row search fills hundreds of megabytes: only where the contents are read before written.
    if (fill !== 'any') view.fill(fill);
    return view;
  }
}
