/**
 * The files of `/admin/`: the CMS page, its configuration, the CMS script from the npm
 * package and the fonts it needs, all from the site's own origin. The page is not an Astro
 * page: it has a Content-Security-Policy of its own (the CMS needs more than visitor pages
 * allow, see docs/cms.md), it is not in the sitemap, the search index or the page budgets,
 * and it tells search engines not to index it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend, CmsConfig } from '@sveltia/cms';

/** The folder of the built site the CMS is served from. */
export const adminFolder = 'admin';

/** Where the CMS script would fetch its fonts from: rewritten to copies served with the page. */
const fontOrigin = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g;

/**
 * Requests the CMS script makes by itself, before anyone logs in, to hosts other than the
 * site, and what it gets instead: its interface translations from copies served with the page;
 * its own version check and the Git hosts' status pages an empty local reply (a data: URL the
 * script reads as "nothing to report"). The build fails if one is no longer found, so that a
 * new version of the CMS is looked at again (docs/cms.md).
 */
const rewrites: readonly { purpose: string; find: RegExp; replacement: string }[] = [
  { purpose: 'interface translations', find: /`\$\{\w+\}@\$\{\w+\}\/locales`/g, replacement: '`locales`' },
  { purpose: 'version check', find: /`https:\/\/unpkg\.com\/@sveltia\/cms`/g, replacement: '`data:application/json,{}#`' },
  { purpose: 'GitHub status', find: /https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json/g, replacement: 'data:application/json,{}' },
  { purpose: 'GitLab status', find: /https:\/\/status-api\.hostedstatus\.com\/1\.0\/status\/[0-9a-f]+/g, replacement: 'data:application/json,{}' },
];

/** The hosts the CMS talks to once an editor has logged in, for the page's policy. */
export function gitHosts(backend: Backend): { api: string[]; images: string[] } {
  const apiRoot = 'api_root' in backend && backend.api_root ? new URL(backend.api_root).origin : undefined;
  switch (backend.name) {
    case 'github':
      // Avatars of the logged-in editor and of commit authors come from GitHub's avatar host.
      return { api: [apiRoot ?? 'https://api.github.com'], images: apiRoot ? [apiRoot] : ['https://avatars.githubusercontent.com'] };
    case 'gitlab':
      return { api: [apiRoot ?? 'https://gitlab.com'], images: [apiRoot ?? 'https://gitlab.com', 'https://secure.gravatar.com'] };
    case 'gitea':
      return { api: [apiRoot ?? 'https://gitea.com'], images: [apiRoot ?? 'https://gitea.com'] };
    default:
      return { api: [], images: [] };
  }
}

/**
 * The admin page's policy. Scripts only from the site; styles also inline, because the CMS
 * inserts its component styles and style attributes at run time (hashes cannot cover them);
 * workers from blob: URLs, which the CMS creates for background work; connections and images
 * from the site and the Git host only (data: and blob: are the CMS reading its own built-in
 * images and the empty local replies above).
 */
export function adminPolicy(backend: Backend): string {
  const hosts = gitHosts(backend);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    ['img-src', "'self'", 'data:', 'blob:', ...hosts.images].join(' '),
    ['connect-src', "'self'", 'data:', 'blob:', ...hosts.api].join(' '),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The page itself: the policy first, then the configuration link and the script. */
export function adminHtml(config: CmsConfig): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(adminPolicy(config.backend))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(config.app_title ?? 'Content editor')}</title>
<link rel="cms-config-url" type="application/json" href="config.json">
<script src="sveltia-cms.js"></script>
</head>
<body></body>
</html>
`;
}

/**
 * Every file of `/admin/`, by path inside it. `root` is the project folder (where
 * node_modules/ is). Fails, naming the host, if the CMS script would still load a font from
 * elsewhere after the rewrite.
 */
export function adminFiles(config: CmsConfig, root: string): Map<string, string | Buffer> {
  const modules = join(root, 'node_modules');
  const fonts = new Map<string, Buffer>();
  let script = readFileSync(join(modules, '@sveltia/cms/dist/sveltia-cms.js'), 'utf8');
  for (const { purpose, find, replacement } of rewrites) {
    if (!find.test(script)) throw new Error(`The CMS script (@sveltia/cms) no longer has its ${purpose} where src/cms/admin-page.ts expects it: check what it requests now.`);
    script = script.replace(find, replacement);
  }
  const localesDir = join(modules, '@sveltia/cms/locales');
  const translations = readdirSync(localesDir).map((file): [string, Buffer] => [`locales/${file}`, readFileSync(join(localesDir, file))]);
  script = script.replace(fontOrigin, (_url, family: string, variable: string | undefined, file: string) => {
    const name = `${family}-${file}`;
    fonts.set(`fonts/${name}`, readFileSync(join(modules, variable ? '@fontsource-variable' : '@fontsource', family, 'files', name)));
    return `fonts/${name}`;
  });
  const leftover = /https:\/\/(cdn\.jsdelivr\.net|fonts\.googleapis\.com|fonts\.gstatic\.com)\/[^\s`'")]*/.exec(script);
  if (leftover) throw new Error(`The CMS script (@sveltia/cms) loads ${leftover[0]} from another host; src/cms/admin-page.ts must serve a copy instead.`);
  return new Map<string, string | Buffer>([
    ['index.html', adminHtml(config)],
    ['config.json', `${JSON.stringify(config, null, 2)}\n`],
    ['sveltia-cms.js', script],
    ...fonts,
    ...translations,
  ]);
}
