// Raw memory for the JS facades: they copy arrays in and out of blocks allocated here.

/** Allocates `bytes` bytes (8-byte aligned) and returns the address. */
export function alloc(bytes: usize): usize {
  return heap.alloc(bytes);
}

/** Frees a block returned by alloc. */
export function free(ptr: usize): void {
  heap.free(ptr);
}
