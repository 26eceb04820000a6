/**
 * The colours of both schemes as custom properties: the fixed ones (src/lib/theme-colours.ts)
 * and the theme's primary and accent, which src/schemas/theme.ts checked against them.
 * A file of its own, because the pages' Content-Security-Policy allows no inline style.
 */
import type { APIRoute } from 'astro';
import { loadTheme } from '../../data/theme.ts';
import { schemeColours, type SchemeName } from '../../lib/theme-colours.ts';

const properties = (scheme: SchemeName, colours: { primary: string; accent: string }) => {
  const fixed = schemeColours[scheme];
  return [
    `color-scheme:${scheme}`,
    `--bg:${fixed.page}`,
    `--surface:${fixed.panel}`,
    `--fg:${fixed.text}`,
    `--muted:${fixed.muted}`,
    `--border:${fixed.border}`,
    `--notice:${fixed.notice}`,
    `--danger:${fixed.danger}`,
    `--primary:${colours.primary}`,
    `--on-primary:${fixed.buttonLabel}`,
    `--accent:${colours.accent}`,
  ].join(';');
};

export const GET: APIRoute = async () => {
  const { colours } = await loadTheme();
  const css = `:root{${properties('light', colours.light)}}\n@media (prefers-color-scheme:dark){:root{${properties('dark', colours.dark)}}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
