import { AxeBuilder } from '@axe-core/playwright';
import { it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/server.ts';
import { filesIn } from '../helpers/dist.ts';
it('x', async () => {
  const server = await serveStatic('/tmp/qg-dist');
  const browser = await launchBrowser();
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => [] }));
  const files = filesIn('/tmp/qg-dist').filter(f => f.endsWith('.html'));
  const t0 = Date.now();
  const all: Record<string, number> = {};
  const queue = [...files];
  await Promise.all([1,2,3].map(async () => {
    const page = await ctx.newPage();
    for (let f; (f = queue.shift()); ) {
      await page.goto(server.url + f.replace(/index\.html$/, ''));
      const r = await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']).analyze();
      for (const v of r.violations) { const k = `${v.id} ${v.nodes[0]?.target} ${v.nodes[0]?.failureSummary?.slice(0,200)}`; all[v.id] = (all[v.id] ?? 0) + 1; if (all[v.id] === 1) console.log(f, k); }
    }
  }));
  console.log(all, Date.now() - t0, 'ms for', files.length);
  await browser.close(); await server.close();
}, 200000);
