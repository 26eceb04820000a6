/** Work over many files a batch at a time: all at once runs out of open files (EMFILE) on a large site. */

/**
 * Runs `work` on each of `items`, `size` at a time, and hands each result to `use` in the order
 * of `items`, a batch at a time, so only one batch of results is held at once.
 */
export async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>, use: (result: R, item: T) => void = () => {}): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    (await Promise.all(batch.map(work))).forEach((result, index) => use(result, batch[index]!));
  }
}
