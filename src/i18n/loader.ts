/**
 * The `i18n` collection: `content/i18n/<lang>.yaml`, read as text. The build parses and checks
 * the files when it loads the site (src/data/site.ts), with the same functions as
 * `npm run check`, so both report the same problems in the same words. Most conferences have
 * no i18n/ folder: that is not worth a warning.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { markEmpty } from '../data/loaders.ts';
import { contentFolder, readContentFiles } from '../lib/content-reader.ts';

export function dictionaryFiles(): Loader {
  const folder = `${contentFolder()}/i18n`;
  return {
    name: 'dictionary-files',
    schema: z.object({ text: z.string() }),
    load: async ({ store, watcher, generateDigest, config }) => {
      const sync = async () => {
        store.clear();
        markEmpty(store);
        if (!existsSync(folder)) return;
        for (const [name, text] of await readContentFiles(folder)) {
          if (!name.endsWith('.yaml') || name.includes('/')) continue;
          // Astro keeps paths relative to the project, as its own glob loader does.
          const filePath = relative(fileURLToPath(config.root), resolve(folder, name));
          store.set({ id: name.slice(0, -'.yaml'.length), data: { text }, filePath, digest: generateDigest(text) });
        }
      };
      await sync();
      // `npm run dev` picks up an edited, added or removed file.
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (resolve(path).startsWith(resolve(folder))) void sync();
      });
    },
  };
}
