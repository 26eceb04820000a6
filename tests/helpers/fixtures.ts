/**
 * The fixtures the generator tests build: the example conference, built three ways once per test
 * run by tests/helpers/fixture-setup.ts and shared by every test file through `inject(<name>)`.
 */
export const exampleContent = 'examples/open-data-summit/content';

export interface FixtureBuild {
  content: string;
  /** The folder the site is published in. */
  base: string;
  /** SITE_URL, the host it is built for; the default when absent. */
  siteUrl?: string;
  /** SITE_NOW, the build's clock. */
  now: string;
}

/** Built at the site root, three weeks before its registration deadline: registration open, nothing live yet. */
export const exampleAtRoot = { content: exampleContent, base: '/', now: '2025-10-01T08:00:00Z' } as const satisfies FixtureBuild;

/**
 * Built for a folder of another host, as on GitHub project pages, one minute into the opening
 * keynote (09:00 in New York, 13:00 UTC): registration closed, a session live.
 */
export const exampleUnderBase = { content: exampleContent, base: '/summit/', siteUrl: 'https://summit.example.org', now: '2025-11-01T13:01:00Z' } as const satisfies FixtureBuild;

/** Built the day after the conference: what remains of it (recordings, outcomes). */
export const exampleAfterEvent = { content: exampleContent, base: '/', now: '2025-11-03T12:00:00Z' } as const satisfies FixtureBuild;

/** Every fixture build, by the name tests inject it with. */
export const fixtureBuilds = { example: exampleAtRoot, exampleUnderBase, exampleAfterEvent } as const;
export type FixtureName = keyof typeof fixtureBuilds;
