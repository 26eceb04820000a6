import { describe, expect, it } from 'vitest';
import { feedPath } from '../../src/lib/session-feeds.ts';

describe('feedPath', () => {
  it('puts each language’s session files next to its programme.json, under the base path', () => {
    expect(feedPath('/', 'fr', 'now-next')).toBe('/fr/now-next.json');
    expect(feedPath('/wepc2021/', 'ar', 'my-programme')).toBe('/wepc2021/ar/my-programme.json');
  });
});
