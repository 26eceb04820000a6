/** inBatches (src/lib/batches.ts): never more than a batch at once, every result in order. */
import { expect, it } from 'vitest';
import { inBatches } from '../../src/lib/batches.ts';

it('runs at most a batch at a time and hands the results over in order', async () => {
  let running = 0;
  let most = 0;
  const seen: string[] = [];
  const items = Array.from({ length: 23 }, (_, index) => index);
  await inBatches(
    items,
    5,
    async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((wait) => setTimeout(wait, (item * 7) % 5));
      running -= 1;
      return `#${item}`;
    },
    (result, item) => seen.push(`${item}${result}`),
  );
  expect(most).toBe(5);
  expect(seen).toEqual(items.map((item) => `${item}#${item}`));
});
