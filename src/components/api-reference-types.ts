/** The shape of the kernel API reference that scripts/write-api-reference.ts generates. */

/** One documented name of the kernel. */
export interface ApiEntry {
  /** As written in a cell, e.g. `special.jv` or `Series.cumsum`. */
  name: string;
  signature: string;
  /** One line. */
  doc: string;
}

/** A group of names: an object of the kernel (special, random, Series, …) or a kind of helper. */
export interface ApiSection {
  title: string;
  /** What the group is, when the kernel documents the group itself. */
  intro: string;
  entries: ApiEntry[];
}

/** Every section, in the order the reference shows them. */
export interface ApiReference {
  /** The built-in module that exports every name (`import { special } from "quire"`). */
  module: string;
  sections: ApiSection[];
}
