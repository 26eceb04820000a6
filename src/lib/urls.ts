/** URL building that respects the site's base path (e.g. `/wepc2021/`) and always ends pages with `/`. */

/** Joins a base path and segments into an absolute path with exactly one slash between parts. */
export function joinPath(base: string, ...segments: string[]): string {
  const parts = [base, ...segments].flatMap((part) => part.split('/')).filter(Boolean);
  return `/${parts.join('/')}${parts.length ? '/' : ''}`;
}

/** Like joinPath, for a file (no trailing slash), e.g. `/wepc2021/en/programme.ics`. */
export function joinFile(base: string, ...segments: string[]): string {
  return joinPath(base, ...segments).replace(/\/$/, '');
}

/** Lowercase letters, digits and single hyphens: what editors may use as ids and URL segments. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}
