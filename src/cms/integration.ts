/**
 * Writes `/admin/` (the CMS, see docs/cms.md) into every build, with a configuration
 * generated from the schemas and conference.yaml, and serves the same files from `astro dev`,
 * where local mode edits the content folder on the editor's disk.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { conferenceSchema } from '../schemas/conference.ts';
import { contentFolder } from '../lib/content-reader.ts';
import { adminFiles, adminFolder } from './admin-page.ts';
import { backendFromEnvironment, cmsConfig, schemaCommentIndex } from './config.ts';

/**
 * The `/admin/` files for the project in `root`, its content folder and the build's
 * environment. Paths in the configuration are relative to the repository the editor opens,
 * `repository`: the project itself, unless the content is kept in a repository of its own.
 */
export async function buildAdmin(root: string, env: Record<string, string | undefined> = process.env, repository = root): Promise<Map<string, string | Buffer>> {
  const content = contentFolder(env);
  const absolute = isAbsolute(content) ? content : join(root, content);
  const conference = conferenceSchema.parse(yaml.load(await readFile(join(absolute, 'conference.yaml'), 'utf8')));
  const contentDir = relative(repository, absolute).split(sep).join('/') || '.';
  const config = cmsConfig({
    conference,
    contentDir,
    backend: backendFromEnvironment(env),
    commentsOf: schemaCommentIndex(join(root, 'src/schemas')),
  });
  return adminFiles(config, root);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export default function cmsIntegration(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'conference-site:cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await buildAdmin(root);
        for (const [path, data] of files) {
          const target = join(fileURLToPath(dir), adminFolder, path);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, data);
        }
        logger.info(`CMS written to /${adminFolder}/ (${files.size} files).`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          const prefix = `${base}${adminFolder}/`;
          if (!path.startsWith(prefix)) return next();
          try {
            const name = path.slice(prefix.length) || 'index.html';
            const file = (await buildAdmin(root)).get(name);
            if (!file) return next();
            response.setHeader('Content-Type', contentTypes[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
            response.end(file);
          } catch (error) {
            logger.error(`The CMS could not be prepared: ${(error as Error).message}`);
            next(error);
          }
        });
      },
    },
  };
}
