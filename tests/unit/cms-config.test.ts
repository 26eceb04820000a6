/**
 * The CMS configuration generated from the schemas (src/cms/): every schema field is in the
 * form, references are choices among the right entries, required fields and patterns match
 * what the schemas accept, hints come from the schema comments, and a new collection or
 * language appears without further work.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { CmsConfig } from '@sveltia/cms';
import { backendFromEnvironment, cmsConfig, schemaCommentIndex, type ConferenceFacts } from '../../src/cms/config.ts';
import { adminFiles, adminPolicy } from '../../src/cms/admin-page.ts';
import { fieldSetKey, schemaComments } from '../../src/cms/schema-comments.ts';
import { unwrapped } from '../../src/cms/fields.ts';
import { formSchemas, plainFileCollections } from '../../src/schemas/content-model.ts';
import { conferenceSchema } from '../../src/schemas/conference.ts';
import { localizedText } from '../../src/schemas/fields.ts';
import { languageNeutralSpeakerFields, speakerSchema } from '../../src/schemas/speaker.ts';
import { taxonomySchema } from '../../src/schemas/taxonomy.ts';
import { projectRoot } from '../helpers/build.ts';

/** A conference of the test's own: two languages, the default listed second. */
const fixtureConference: ConferenceFacts = {
  name: { fr: 'Conférence d’essai', en: 'Test conference' },
  locales: [
    { code: 'fr', label: 'Français' },
    { code: 'en', label: 'English' },
  ],
  defaultLocale: 'en',
  startDate: '2030-03-04',
  endDate: '2030-03-06',
};
const commentsOf = schemaCommentIndex(join(projectRoot, 'src/schemas'));
const backend = backendFromEnvironment({});
const generate = (conference: ConferenceFacts = fixtureConference, schemas: Record<string, z.ZodType> = formSchemas) =>
  cmsConfig({ conference, contentDir: 'content', backend, commentsOf, schemas });

type AnyField = { name: string; widget: string; fields?: AnyField[]; [key: string]: unknown };
type AnyCollection = { name: string; folder?: string; files?: { name: string; file: string; fields: AnyField[] }[]; fields?: AnyField[]; i18n?: unknown };
const collectionsOf = (config: CmsConfig) => (config.collections ?? []) as unknown as AnyCollection[];

/** Dotted paths of every field of a schema, through nested objects and lists of objects; a localized text counts as one field. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const { inner } = unwrapped(schema);
  if (inner === localizedText) return [prefix];
  const def = inner.def as { type: string; element?: z.ZodType };
  if (def.type === 'array' && def.element && unwrapped(def.element).inner.def.type === 'object') return schemaPaths(def.element, prefix);
  if (def.type !== 'object') return [prefix];
  return Object.entries((inner as z.ZodObject).shape).flatMap(([key, child]) => schemaPaths(child as z.ZodType, prefix ? `${prefix}.${key}` : key));
}

/** Dotted paths of every field of the form, with the field, down to the same depth as schemaPaths. */
function formFields(fields: readonly AnyField[], prefix = ''): Map<string, AnyField> {
  const found = new Map<string, AnyField>();
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    found.set(path, field);
    if (field.fields) for (const [inner, child] of formFields(field.fields, path)) found.set(inner, child);
  }
  return found;
}

/** The form fields of the CMS collection (or file) that edits a content collection. */
function formOf(config: CmsConfig, collection: string): Map<string, AnyField> {
  for (const candidate of collectionsOf(config)) {
    if (candidate.name === collection && candidate.fields) return formFields(candidate.fields);
    const file = candidate.files?.find((entry) => entry.name === collection);
    if (file) return formFields(file.fields);
  }
  throw new Error(`no CMS collection or file named ${collection}`);
}

describe('the generated CMS configuration', () => {
  const config = generate();
  const editedSchemas = Object.entries(formSchemas).filter(([name]) => !plainFileCollections.includes(name));

  it('has every field of every schema, in the collection that edits it', () => {
    const missing: string[] = [];
    // A per-language text collection is edited in the same form as its entries' facts.
    const editedIn = (name: string) => (name === 'sessionTexts' ? 'sessions' : name);
    for (const [name, schema] of editedSchemas) {
      const form = formOf(config, editedIn(name));
      for (const path of schemaPaths(schema)) if (!form.has(path)) missing.push(`${name}: ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists the conference languages, the default first, and stores each in index.<lang>.mdx', () => {
    expect(config.i18n).toMatchObject({ structure: 'multiple_files', locales: ['en', 'fr'], default_locale: 'en', initial_locales: 'default' });
    const sessions = collectionsOf(config).find((collection) => collection.name === 'sessions') as Record<string, unknown>;
    expect(sessions).toMatchObject({ folder: 'content/sessions', path: '{{slug}}/index', extension: 'mdx', i18n: true });
    const pages = collectionsOf(config).find((collection) => collection.files?.some((file) => file.name === 'home'))!;
    expect(pages.files!.find((file) => file.name === 'home')!.file).toBe('content/home/index.{{locale}}.mdx');
  });

  it('keeps the facts of a session in the default language only and its texts in every language', () => {
    const form = formOf(config, 'sessions');
    for (const fact of Object.keys(formSchemas.sessions.shape)) expect(form.get(fact)?.['i18n'], fact).toBe(false);
    for (const text of Object.keys(formSchemas.sessionTexts.shape)) expect(form.get(text)?.['i18n'], text).toBe(true);
    expect(form.get('body')?.['i18n']).toBe(true);
  });

  it("keeps a speaker's name, photo and links in the default language only, role and affiliation in every language", () => {
    const form = formOf(config, 'speakers');
    for (const key of Object.keys(speakerSchema.shape)) expect(form.get(key)?.['i18n'], key).toBe(!(languageNeutralSpeakerFields as readonly string[]).includes(key));
    expect(collectionsOf(config).find((collection) => collection.name === 'speakers')).toMatchObject({ folder: 'content/speakers', path: '{{slug}}/index', i18n: true });
  });

  it('offers a choice among the entries of the referenced collection', () => {
    const form = formOf(config, 'sessions');
    expect(form.get('format')).toMatchObject({ widget: 'relation', collection: 'formats' });
    expect(form.get('audiences')).toMatchObject({ widget: 'relation', collection: 'audiences', multiple: true, min: 1 });
    expect(form.get('speakers')).toMatchObject({ widget: 'relation', collection: 'speakers', multiple: true, display_fields: ['name'] });
    expect(form.get('room')).toMatchObject({ widget: 'relation', collection: 'rooms' });
    // Taxonomy entries are shown by their label in the default language.
    expect(form.get('audiences')!['display_fields']).toEqual(['label.en']);
  });

  it('marks as required exactly the fields the schemas require', () => {
    for (const [name, schema] of editedSchemas) {
      const form = name === 'sessionTexts' ? formOf(config, 'sessions') : formOf(config, name);
      for (const [key, field] of Object.entries((schema as z.ZodObject).shape)) {
        const optional = (field as z.ZodType).safeParse(undefined).success;
        expect(form.get(key)?.['required'] === false, `${name}.${key}`).toBe(optional);
      }
    }
  });

  it('gives each language its own box in a text written per language, none of them required', () => {
    const name = formOf(config, 'conference').get('name')!;
    expect(name.widget).toBe('object');
    expect(name.fields!.map((field) => [field.name, field.label, field['required']])).toEqual([
      ['en', 'English', false],
      ['fr', 'Français', false],
    ]);
  });

  it('checks typed values with patterns that accept and refuse what the schemas do', () => {
    const conferenceForm = formOf(config, 'conference');
    const cases: [string, z.ZodType, string[]][] = [
      ['locales.code', conferenceSchema.shape.locales.element.shape.code, ['fr', 'pt-br', 'FR', 'f', 'english', '']],
      ['registration.url', conferenceSchema.shape.registration.shape.url, ['https://example.org/x', 'http://example.org', 'example.org']],
      ['registration.deadline', conferenceSchema.shape.registration.shape.deadline, ['2021-06-04T23:59:00+02:00', '2021-06-04T23:59:00Z', '2021-06-04 23:59', '2021-06-04']],
      ['contact.email', conferenceSchema.shape.contact.shape.email, ['someone@example.org', 'someone', 'a@b']],
    ];
    for (const [path, schema, samples] of cases) {
      const pattern = conferenceForm.get(path)?.['pattern'] as [string, string] | undefined;
      expect(pattern, path).toBeDefined();
      for (const sample of samples) expect(new RegExp(pattern![0]).test(sample), `${path}: ${sample}`).toBe(schema.safeParse(sample).success);
      expect(pattern![1]).toMatch(/^Expected /);
    }
  });

  it('uses date and time pickers limited to the conference days', () => {
    const form = formOf(config, 'sessions');
    expect(form.get('day')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', min: '2030-03-04', max: '2030-03-06' });
    expect(form.get('start')).toMatchObject({ widget: 'datetime', type: 'time', format: 'HH:mm' });
  });

  it('adds a collection, and a language, that the schemas and conference file add', () => {
    const withTracks = generate(
      { ...fixtureConference, locales: [...fixtureConference.locales, { code: 'ar', label: 'العربية' }] },
      { ...formSchemas, tracks: taxonomySchema },
    );
    const tracks = collectionsOf(withTracks).find((collection) => collection.name === 'tracks');
    expect(tracks).toMatchObject({ folder: 'content/tracks', extension: 'yaml' });
    expect(withTracks.i18n?.locales).toEqual(['en', 'fr', 'ar']);
    expect(formOf(withTracks, 'tracks').get('label')!.fields!.map((field) => field.name)).toEqual(['en', 'fr', 'ar']);
  });
});

describe('schema comments', () => {
  it('are read for each group of fields, nested ones and constants included, not inside functions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cms-comments-'));
    const file = join(dir, 'fixture.ts');
    writeFileSync(
      file,
      `const facts = {
  /** The day. */
  day,
};
export const thing = fileObject({
  /** Where it happens. */
  place: z.string(),
  /**
   * Who runs it,
   * on two lines.
   */
  host: z.strictObject({
    // not a doc comment
    name: z.string(),
    /** Their website. */
    url: webUrl.optional(),
  }).optional(),
  day,
}).superRefine((value, ctx) => { const inner = z.object({ /** Not a field. */ trap: z.string() }); });
`,
    );
    const comments = schemaComments([file]);
    expect([...comments.keys()].sort()).toEqual(['day', 'day,host,place', 'name,url']);
    expect([...comments.get(fieldSetKey(['place', 'host', 'day']))!]).toEqual([
      ['place', 'Where it happens.'],
      ['host', 'Who runs it, on two lines.'],
    ]);
    expect([...comments.get('name,url')!]).toEqual([['url', 'Their website.']]);
    expect([...comments.get('day')!]).toEqual([['day', 'The day.']]);
  });

  it('are found for the site schemas, also in a schema used inside another', () => {
    const form = formOf(generate(), 'conference');
    const source = readFileSync(join(projectRoot, 'src/schemas/conference.ts'), 'utf8');
    for (const path of ['startDate', 'registration.deadline', 'locales.code']) {
      const hint = form.get(path)?.['hint'] as string;
      expect(hint, path).toBeTruthy();
      expect(source, path).toContain(hint);
    }
  });
});

describe('the Git host', () => {
  it('comes from the environment', () => {
    expect(backendFromEnvironment({ CMS_BACKEND: 'gitlab', CMS_REPO: 'ipu/site', CMS_APP_ID: 'abc', CMS_API_ROOT: 'https://git.example.org/api/v4' })).toEqual({
      name: 'gitlab',
      repo: 'ipu/site',
      branch: 'main',
      app_id: 'abc',
      api_root: 'https://git.example.org/api/v4',
      auth_type: 'pkce',
    });
    expect(() => backendFromEnvironment({ CMS_BACKEND: 'svn' })).toThrow('CMS_BACKEND: expected github, gitlab or gitea, found "svn"');
  });

  it('is the only other host the admin page may connect to', () => {
    const policy = adminPolicy(backendFromEnvironment({ CMS_BACKEND: 'gitea', CMS_API_ROOT: 'https://git.example.org/api/v1' }));
    expect(policy).toContain("connect-src 'self' data: blob: https://git.example.org;");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|\*/);
  });
});

describe('the admin files', () => {
  const files = adminFiles(generate(), projectRoot);

  it('load nothing from another host: fonts are served with the page, status and version checks answered locally', () => {
    const script = files.get('sveltia-cms.js') as string;
    // The status pages' own addresses stay, as links an editor may follow; their data is not fetched.
    expect(/cdn\.jsdelivr\.net|githubstatus\.com\/api|hostedstatus\.com|`https:\/\/unpkg\.com\/@sveltia\/cms`/.exec(script)?.[0]).toBeUndefined();
    const fonts = [...script.matchAll(/url\((fonts\/[^)]+)\)/g)].map((match) => match[1]!);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) expect((files.get(font) as Buffer).subarray(0, 4).toString()).toBe('wOF2');
  });

  it('serve the interface translations with the page, so the CMS speaks the editor\'s language', () => {
    expect(files.get('sveltia-cms.js') as string).toContain('`locales`');
    for (const language of ['fr', 'ar', 'en-GB']) expect(JSON.parse((files.get(`locales/${language}.json`) as Buffer).toString('utf8'))).toHaveProperty('save');
  });

  it('have a page with its own policy first, marked noindex, loading the configuration', () => {
    const html = files.get('index.html') as string;
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<link rel="cms-config-url" type="application/json" href="config.json">');
    expect(JSON.parse(files.get('config.json') as string).collections.length).toBeGreaterThan(0);
  });
});
