import { describe, expect, it } from 'vitest';
import { CARD, cardBackground, pangoText, startOf } from '../../src/lib/social-card.ts';

describe('social card pieces', () => {
  it('draws a 1200×630 background in the identity’s colours', () => {
    const svg = cardBackground({ page: '#ffffff', text: '#111111', muted: '#555555', primary: '#1f4f8f', accent: '#c2561a' });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('fill="#1f4f8f"');
    expect(svg).toContain('fill="#c2561a"');
  });

  it('escapes what Pango markup would read as tags or entities', () => {
    const markup = pangoText('R&D <data> "open"', { family: 'IBM Plex Sans', colour: '#000000', size: 40 });
    expect(markup).toContain('R&amp;D &lt;data&gt; &quot;open&quot;');
    expect(markup).toContain('size="40960"');
  });

  it('puts a piece at the start of the line: the left edge, or the right edge right to left', () => {
    expect(startOf(300, CARD.margin, 'ltr')).toBe(CARD.margin);
    expect(startOf(300, CARD.margin, 'rtl')).toBe(CARD.width - CARD.margin - 300);
  });
});
