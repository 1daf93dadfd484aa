/** `special`: Bessel functions of real order computed in the WASM numeric core (scipy.special names). */
import { mapF64InChunks, type Core } from './core.ts';

/** A scalar gives a scalar; an array gives a Float64Array computed in one WASM call. */
export type BesselArg = number | readonly number[] | Float64Array;

/** Result type for an argument of type A. */
export type BesselResult<A extends BesselArg> = A extends number ? number : Float64Array;

/** Order-free function such as j0(x). */
export type Bessel1 = <A extends BesselArg>(x: A) => BesselResult<A>;

/** Function of an order and an argument such as jv(v, x). */
export type Bessel2 = <A extends BesselArg>(v: number, x: A) => BesselResult<A>;

/** The `special` kernel global. */
export interface Special {
  j0: Bessel1;
  j1: Bessel1;
  y0: Bessel1;
  y1: Bessel1;
  jn: Bessel2;
  yn: Bessel2;
  jv: Bessel2;
  yv: Bessel2;
  iv: Bessel2;
  kv: Bessel2;
}

interface BesselExports {
  besselJ0(x: number): number;
  besselJ1(x: number): number;
  besselY0(x: number): number;
  besselY1(x: number): number;
  besselJn(n: number, x: number): number;
  besselYn(n: number, x: number): number;
  besselJv(v: number, x: number): number;
  besselYv(v: number, x: number): number;
  besselIv(v: number, x: number): number;
  besselKv(v: number, x: number): number;
  besselJ0Array(inPtr: number, outPtr: number, n: number): void;
  besselJ1Array(inPtr: number, outPtr: number, n: number): void;
  besselY0Array(inPtr: number, outPtr: number, n: number): void;
  besselY1Array(inPtr: number, outPtr: number, n: number): void;
  besselJnArray(inPtr: number, outPtr: number, n: number, order: number): void;
  besselYnArray(inPtr: number, outPtr: number, n: number, order: number): void;
  besselJvArray(inPtr: number, outPtr: number, n: number, v: number): void;
  besselYvArray(inPtr: number, outPtr: number, n: number, v: number): void;
  besselIvArray(inPtr: number, outPtr: number, n: number, v: number): void;
  besselKvArray(inPtr: number, outPtr: number, n: number, v: number): void;
}

function checkArg(x: unknown, name: string): asserts x is BesselArg {
  if (typeof x === 'number' || x instanceof Float64Array || Array.isArray(x)) return;
  throw new TypeError(`special.${name}: x must be a number, an array of numbers or a Float64Array`);
}

function checkOrder(v: unknown, name: string): asserts v is number {
  if (typeof v !== 'number') throw new TypeError(`special.${name}: the order must be a number`);
}

/** Binds the Bessel exports of an instantiated core into the `special` object. */
export function createSpecial(core: Core): Special {
  const w = core as Core & BesselExports;
  const one = (name: string, scalar: (x: number) => number, array: (i: number, o: number, n: number) => void): Bessel1 =>
    (<A extends BesselArg>(x: A): BesselResult<A> => {
      checkArg(x, name);
      const r = typeof x === 'number' ? scalar(x) : mapF64InChunks(core, x, array);
      return r as BesselResult<A>;
    });
  const two = (
    name: string,
    scalar: (v: number, x: number) => number,
    array: (i: number, o: number, n: number, v: number) => void,
  ): Bessel2 =>
    (<A extends BesselArg>(v: number, x: A): BesselResult<A> => {
      checkOrder(v, name);
      checkArg(x, name);
      const r = typeof x === 'number' ? scalar(v, x) : mapF64InChunks(core, x, (i, o, n) => array(i, o, n, v));
      return r as BesselResult<A>;
    });
  return {
    j0: one('j0', w.besselJ0, w.besselJ0Array),
    j1: one('j1', w.besselJ1, w.besselJ1Array),
    y0: one('y0', w.besselY0, w.besselY0Array),
    y1: one('y1', w.besselY1, w.besselY1Array),
    jn: two('jn', w.besselJn, w.besselJnArray),
    yn: two('yn', w.besselYn, w.besselYnArray),
    jv: two('jv', w.besselJv, w.besselJvArray),
    yv: two('yv', w.besselYv, w.besselYvArray),
    iv: two('iv', w.besselIv, w.besselIvArray),
    kv: two('kv', w.besselKv, w.besselKvArray),
  };
}

/** One-line signature and doc per function, keyed "special.j0" etc., for the kernel's inspect. */
export const specialDocs: Record<string, { signature: string; doc: string }> = {
  'special.j0': { signature: 'special.j0(x: number | ArrayLike<number>)', doc: 'Bessel function of the first kind of order 0, J0(x).' },
  'special.j1': { signature: 'special.j1(x: number | ArrayLike<number>)', doc: 'Bessel function of the first kind of order 1, J1(x).' },
  'special.y0': { signature: 'special.y0(x: number | ArrayLike<number>)', doc: 'Bessel function of the second kind of order 0, Y0(x); NaN for x < 0.' },
  'special.y1': { signature: 'special.y1(x: number | ArrayLike<number>)', doc: 'Bessel function of the second kind of order 1, Y1(x); NaN for x < 0.' },
  'special.jn': { signature: 'special.jn(n: number, x: number | ArrayLike<number>)', doc: 'Bessel function of the first kind of integer order n, J_n(x).' },
  'special.yn': { signature: 'special.yn(n: number, x: number | ArrayLike<number>)', doc: 'Bessel function of the second kind of integer order n (truncated toward 0), Y_n(x).' },
  'special.jv': { signature: 'special.jv(v: number, x: number | ArrayLike<number>)', doc: 'Bessel function of the first kind of real order v, J_v(x).' },
  'special.yv': { signature: 'special.yv(v: number, x: number | ArrayLike<number>)', doc: 'Bessel function of the second kind of real order v, Y_v(x).' },
  'special.iv': { signature: 'special.iv(v: number, x: number | ArrayLike<number>)', doc: 'Modified Bessel function of the first kind of real order v, I_v(x).' },
  'special.kv': { signature: 'special.kv(v: number, x: number | ArrayLike<number>)', doc: 'Modified Bessel function of the second kind of real order v, K_v(x).' },
};
