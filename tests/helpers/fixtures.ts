/**
 * The fixtures the generator tests build: the example conference, built once per test run by
 * tests/helpers/fixture-setup.ts and shared by every test file through `inject()`.
 */
export const exampleContent = 'examples/open-data-summit/content';

/** Built at the site root, three weeks before its registration deadline: registration open, nothing live yet. */
export const exampleAtRoot = { content: exampleContent, base: '/', now: '2025-10-01T08:00:00Z' } as const;

/**
 * Built for a folder of another host, as on GitHub project pages, one minute into the opening
 * keynote (09:00 in New York, 13:00 UTC): registration closed, a session live.
 */
export const exampleUnderBase = { content: exampleContent, base: '/summit/', siteUrl: 'https://summit.example.org', now: '2025-11-01T13:01:00Z' } as const;
