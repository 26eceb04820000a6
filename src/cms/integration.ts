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

export default function cmsIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'conference-site:cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
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
          const inside = new RegExp(`^(?:.*/)?${adminFolder}/(.*)$`).exec(path);
          if (!inside) return next();
          try {
            const file = (await buildAdmin(root)).get(inside[1] || 'index.html');
            if (!file) return next();
            const type = inside[1]?.endsWith('.js') ? 'text/javascript' : inside[1]?.endsWith('.json') ? 'application/json' : inside[1]?.endsWith('.woff2') ? 'font/woff2' : 'text/html';
            response.setHeader('Content-Type', `${type}; charset=utf-8`);
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
