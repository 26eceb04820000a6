/**
 * The CMS configuration (Sveltia CMS, see docs/cms.md), generated from the content schemas
 * and conference.yaml at every build, never written by hand: a new field, collection or
 * language appears in the editors' form without further work.
 *
 * Which file holds what follows the content layout (docs/editing.md):
 * - `conference.yaml`: one file;
 * - `home/index.<lang>.mdx`, `letter/index.<lang>.mdx`: one page, one file per language;
 * - `sessions/<id>/index.<lang>.mdx`, `speakers/<id>/index.<lang>.mdx`: the facts in the
 *   default language's file, the texts in every language's file;
 * - any other collection: `<collection>/<id>.yaml`, e.g. audiences, formats, themes, rooms.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Backend, CmsConfig, Collection, Field } from '@sveltia/cms';
import { formSchemas, plainFileCollections } from '../schemas/content-model.ts';
import { localizedText } from '../schemas/fields.ts';
import { slugPattern } from '../lib/urls.ts';
import { languageNeutralSpeakerFields } from '../schemas/speaker.ts';
import { cmsFields, labelOf, objectShape, unwrapped, type FieldContext } from './fields.ts';
import { fieldSetKey, schemaComments } from './schema-comments.ts';

/** What the configuration needs from conference.yaml. */
export interface ConferenceFacts {
  name: Record<string, string>;
  locales: readonly { code: string; label: string }[];
  defaultLocale: string;
  startDate: string;
  endDate: string;
}

export interface ConfigOptions {
  conference: ConferenceFacts;
  /** The content folder, relative to the repository root, `/`-separated, e.g. `content`. */
  contentDir: string;
  /** Where the editors' changes go: see backendFromEnvironment. */
  backend: Backend;
  /** The schemas to generate from, by collection (default: the site's, src/schemas/content-model.ts). */
  schemas?: Readonly<Record<string, z.ZodType>>;
  /** Comments of the schema fields (default: read from src/schemas/). */
  commentsOf?: FieldContext['commentsOf'];
}

/** Pages written once per language, as `<collection>/index.<lang>.mdx`. */
const languagePages = new Set(['home', 'letter']);
/**
 * Entries with one folder each, `<collection>/<id>/index.<lang>.mdx`, and which of their fields
 * are the same in every language, kept in the default language's file only: either the whole
 * collection schema, the per-language fields being another collection's schema (`texts`), or
 * the fields a list names (`neutral`).
 */
const multilingualEntries: Readonly<Record<string, { texts: string } | { neutral: readonly string[] }>> = {
  sessions: { texts: 'sessionTexts' },
  speakers: { neutral: languageNeutralSpeakerFields },
};

const slugRule: [string, string] = [slugPattern.source, 'Use lowercase letters, digits and hyphens only, e.g. "library-research".'];

/** The whole configuration. */
export function cmsConfig(options: ConfigOptions): CmsConfig {
  const { conference, contentDir } = options;
  const schemas: Readonly<Record<string, z.ZodType>> = options.schemas ?? formSchemas;
  const commentsOf = options.commentsOf ?? (() => undefined);
  const locales = [...conference.locales].sort((a, b) => Number(b.code === conference.defaultLocale) - Number(a.code === conference.defaultLocale));
  const defaultLocale = conference.defaultLocale;
  const texts = new Set(Object.values(multilingualEntries).flatMap((entry) => ('texts' in entry ? [entry.texts] : [])));
  const folders = Object.keys(schemas).filter((name) => name !== 'conference' && !plainFileCollections.includes(name) && !languagePages.has(name) && !texts.has(name));

  /** The field an entry is known by in lists and choices: its title or name, else its label in the default language. */
  const labelField = (name: string) => {
    const entry = multilingualEntries[name];
    const shape = objectShape(schemas[entry && 'texts' in entry ? entry.texts : name] ?? schemas[name]!);
    const own = ['title', 'name'].find((key) => key in shape);
    if (own) return own;
    const label = shape['label'];
    return label && unwrapped(label).inner === localizedText ? `label.${defaultLocale}` : Object.keys(shape)[0]!;
  };
  const context: FieldContext = {
    locales,
    commentsOf,
    collectionFor: (references) => (folders.includes(references) ? { collection: references, labelField: labelField(references) } : undefined),
    days: { min: conference.startDate, max: conference.endDate },
  };
  const translated = (fields: Field[], i18n: boolean) => fields.map((field) => ({ ...field, i18n }) as Field);
  // No code-block or image components: they would load code from other hosts, and MDX files hold plain text (src/lib/mdx-safety.ts).
  const body: Field = { name: 'body', label: 'Text', widget: 'markdown', hint: 'The text of the page, in Markdown.', required: false, i18n: true, editor_components: [] } as Field;

  const collections: Collection[] = [];
  if (schemas['conference']) {
    collections.push({
      name: 'conference',
      label: 'Conference',
      files: [{ name: 'conference', label: 'Conference', file: `${contentDir}/conference.yaml`, fields: cmsFields(schemas['conference'], { ...context, days: undefined }) }],
    } as Collection);
  }
  const pages = [...languagePages].filter((name) => schemas[name]);
  if (pages.length > 0) {
    collections.push({
      name: 'pages',
      label: 'Pages',
      i18n: true,
      files: pages.map((name) => ({
        name,
        label: labelOf(name),
        file: `${contentDir}/${name}/index.{{locale}}.mdx`,
        format: 'yaml-frontmatter',
        i18n: true,
        fields: [...translated(cmsFields(schemas[name]!, { ...context, days: undefined }), true), body],
      })),
    } as Collection);
  }
  /** The form of a multilingual entry: its texts (title, summary…) first, then the facts. */
  const entryFields = (name: string, entry: { texts: string } | { neutral: readonly string[] }): Field[] => {
    if ('texts' in entry) return [...translated(cmsFields(schemas[entry.texts]!, context), true), ...translated(cmsFields(schemas[name]!, context), false)];
    return cmsFields(schemas[name]!, context).map((field) => ({ ...field, i18n: !entry.neutral.includes(field.name) }) as Field);
  };
  for (const name of folders) {
    const entry = multilingualEntries[name];
    const identifier = labelField(name);
    if (entry && ('neutral' in entry || schemas[entry.texts])) {
      collections.push({
        name,
        label: labelOf(name),
        folder: `${contentDir}/${name}`,
        path: '{{slug}}/index',
        extension: 'mdx',
        format: 'yaml-frontmatter',
        i18n: true,
        identifier_field: identifier,
        slug: { template: `${'day' in objectShape(schemas[name]!) ? '{{fields.day}}-' : ''}{{${identifier}}}`, editable: ['create'], pattern: slugRule },
        summary: 'day' in objectShape(schemas[name]!) ? `{{fields.day}} {{fields.start}} · {{fields.${identifier}}}` : `{{fields.${identifier}}}`,
        fields: [...entryFields(name, entry), body],
      } as Collection);
    } else {
      collections.push({
        name,
        label: labelOf(name),
        folder: `${contentDir}/${name}`,
        extension: 'yaml',
        format: 'yaml',
        identifier_field: identifier,
        slug: { template: `{{${identifier}}}`, editable: ['create'], pattern: slugRule },
        fields: cmsFields(schemas[name]!, context),
      } as Collection);
    }
  }

  return {
    backend: options.backend,
    app_title: `${conference.name[defaultLocale] ?? Object.values(conference.name)[0] ?? 'Conference'} · CMS`,
    media_folder: `${contentDir}/media`,
    // A new entry starts in the default language; the editor switches on the languages they have texts for
    // (the site shows the default language's text, marked, where a translation is missing).
    i18n: { structure: 'multiple_files', locales: locales.map((locale) => locale.code), default_locale: defaultLocale, initial_locales: 'default' },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true },
    output: { omit_empty_optional_fields: true },
    collections,
  } as CmsConfig;
}

/**
 * The Git host editors log in to, from the build's environment (docs/cms.md):
 * CMS_BACKEND (github, gitlab or gitea; default github), CMS_REPO (owner/name), CMS_BRANCH,
 * CMS_API_ROOT (a self-hosted GitLab or Gitea), CMS_BASE_URL (the OAuth helper GitHub needs),
 * CMS_APP_ID (the OAuth application of GitLab or Gitea).
 */
export function backendFromEnvironment(env: Record<string, string | undefined> = process.env): Backend {
  const name = (env['CMS_BACKEND']?.trim() || 'github') as 'github' | 'gitlab' | 'gitea';
  if (!['github', 'gitlab', 'gitea'].includes(name)) throw new Error(`CMS_BACKEND: expected github, gitlab or gitea, found "${name}"`);
  // Without CMS_REPO, only local mode works; the name is what the login page asks the editor to open.
  const repo = env['CMS_REPO']?.trim() || 'your-organisation/conference-site';
  const optional = (key: string, value: string | undefined) => (value?.trim() ? { [key]: value.trim() } : {});
  return {
    name,
    repo,
    branch: env['CMS_BRANCH']?.trim() || 'main',
    ...optional('api_root', env['CMS_API_ROOT']),
    ...optional('base_url', env['CMS_BASE_URL']),
    ...optional('app_id', env['CMS_APP_ID']),
    ...(name === 'gitlab' && env['CMS_APP_ID']?.trim() ? { auth_type: 'pkce' } : {}),
  } as Backend;
}

/** The comments of the fields of any object schema built in the files of `schemaDir` (src/schemas/). */
export function schemaCommentIndex(schemaDir: string): FieldContext['commentsOf'] {
  const index = schemaComments(readdirSync(schemaDir).filter((name) => name.endsWith('.ts')).map((name) => join(schemaDir, name)));
  return (schema) => index.get(fieldSetKey(Object.keys(objectShape(schema))));
}
