/**
 * Turns a zod schema of src/schemas/ into the form fields of the CMS: one field per schema
 * field, with its widget, whether it is required, its default, its pattern and its hint (the
 * field's comment in the schema source). Shared field types of src/schemas/fields.ts get the
 * widget that fits them (a date picker for a day, one text box per language for a localized
 * text), and an id of another entry becomes a choice among that collection's entries.
 */
import { z } from 'astro/zod';
import type { Field } from '@sveltia/cms';
import { day, instant, localizedText, time } from '../schemas/fields.ts';
import { slugPattern } from '../lib/urls.ts';
import type { FieldComments } from './schema-comments.ts';

export interface FieldContext {
  /** The site's languages, default first: code and own name. */
  locales: readonly { code: string; label: string }[];
  /** The comments of an object schema's fields (src/cms/schema-comments.ts). */
  commentsOf: (schema: z.ZodType) => FieldComments | undefined;
  /** Where the entries of a referenced collection are, e.g. `audiences` → CMS collection `audiences`; undefined when the CMS has no such collection. */
  collectionFor: (references: string) => { collection: string; labelField: string } | undefined;
  /** Earliest and latest day a day field offers (the conference's days); none for other dates. */
  days?: { min: string; max: string } | undefined;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType) => schema.def as unknown as Def;

/** A schema without its optional/default wrappers, whether the field may be left out, and its default. */
export function unwrapped(schema: z.ZodType): { inner: z.ZodType; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      defaultValue = def['defaultValue'];
    } else break;
    inner = def['innerType'] as z.ZodType;
  }
  return { inner, required, defaultValue };
}

/** The fields of an object schema (a file's front matter or a nested group). */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const { inner } = unwrapped(schema);
  if (defOf(inner).type !== 'object') throw new Error(`expected an object schema, found a ${defOf(inner).type} schema`);
  return (inner as z.ZodObject).shape as Record<string, z.ZodType>;
}

/** `signatoryTitle` → "Signatory title". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "true when…" → "True when…": hints and messages read as sentences. */
const sentence = (text: string | undefined) => text && text.charAt(0).toUpperCase() + text.slice(1);

/** What the schema says a wrong value is, without the found value: "Expected a web address starting with https://". */
function expectation(schema: z.ZodType, wrong: unknown): string {
  const issue = schema.safeParse(wrong).error?.issues[0];
  return sentence((issue?.message ?? 'expected a valid value').replace(/, found [\s\S]*$/, ''))!;
}

interface Check {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}
const checksOf = (schema: z.ZodType): Check[] =>
  ((defOf(schema)['checks'] as { _zod: { def: Check } }[] | undefined) ?? []).map((check) => check._zod.def);

/** The CMS fields of every field of an object schema. */
export function cmsFields(schema: z.ZodType, context: FieldContext): Field[] {
  const comments = context.commentsOf(schema);
  return Object.entries(objectShape(schema)).map(([name, child]) => cmsField(name, child, context, comments));
}

function cmsField(name: string, schema: z.ZodType, context: FieldContext, comments: FieldComments | undefined): Field {
  const { inner, required, defaultValue } = unwrapped(schema);
  const comment = sentence(comments?.get(name)?.replace(/^Optional:\s*/i, ''));
  const base = {
    name,
    label: labelOf(name),
    ...(comment ? { hint: comment } : {}),
    ...(required ? {} : { required: false }),
    ...(defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) ? { default: defaultValue } : {}),
  };
  return { ...base, ...widgetFor(inner, context) } as Field;
}

/** The widget and its options for a field's own schema (wrappers removed). */
function widgetFor(schema: z.ZodType, context: FieldContext): Record<string, unknown> {
  if (schema === day) return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', ...(context.days ?? {}) };
  if (schema === time) return { widget: 'datetime', type: 'time', format: 'HH:mm' };
  if (schema === instant) {
    const text = (defOf(defOf(instant)['in'] as z.ZodType)['options'] as z.ZodType[]).find((option) => defOf(option).type === 'string');
    return stringWidget(text ?? z.string(), instant);
  }
  if (schema === localizedText) {
    return {
      widget: 'object',
      fields: context.locales.map(({ code, label }) => ({ name: code, label, widget: 'string', required: false })),
    };
  }
  const references = (z.globalRegistry.get(schema) as { references?: string } | undefined)?.references;
  if (references) return relationWidget(references, context, false);
  const def = defOf(schema);
  switch (def.type) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'number': {
      const checks = checksOf(schema);
      const integer = checks.some((check) => check.check === 'number_format' && /int/.test(check.format ?? ''));
      const above = checks.find((check) => check.check === 'greater_than');
      return { widget: 'number', value_type: integer ? 'int' : 'float', ...(above ? { min: above.inclusive ? above.value : (above.value ?? 0) + 1 } : {}) };
    }
    case 'enum':
      return { widget: 'select', options: Object.values(def['entries'] as Record<string, string>) };
    case 'array': {
      const element = def['element'] as z.ZodType;
      const { inner } = unwrapped(element);
      const minimum = checksOf(schema).find((check) => check.check === 'min_length')?.minimum;
      const limits = minimum ? { min: minimum } : {};
      const elementReferences = (z.globalRegistry.get(inner) as { references?: string } | undefined)?.references;
      if (elementReferences) return { ...relationWidget(elementReferences, context, true), ...limits };
      if (defOf(inner).type === 'object') return { widget: 'list', ...limits, fields: cmsFields(inner, context) };
      return { widget: 'list', ...limits };
    }
    case 'object':
      return { widget: 'object', fields: cmsFields(schema, context) };
    case 'record':
      return { widget: 'keyvalue' };
    case 'string':
      return stringWidget(schema, schema);
    default:
      return { widget: 'string' };
  }
}

function relationWidget(references: string, context: FieldContext, multiple: boolean): Record<string, unknown> {
  const target = context.collectionFor(references);
  // A collection the CMS does not edit yet: the id is typed in, checked as an id.
  if (!target) return multiple ? { widget: 'list' } : { widget: 'string', pattern: [slugPattern.source, 'lowercase letters, digits and hyphens'] };
  return {
    widget: 'relation',
    collection: target.collection,
    value_field: '{{slug}}',
    search_fields: [target.labelField],
    display_fields: [target.labelField],
    ...(multiple ? { multiple: true } : {}),
  };
}

/** A one-line text, with the pattern and length limits the schema puts on it. */
function stringWidget(text: z.ZodType, whole: z.ZodType): Record<string, unknown> {
  const def = defOf(text);
  const checks = checksOf(text);
  const regex = checks.find((check) => check.format === 'regex')?.pattern;
  const formatPattern = (text as unknown as { _zod: { def: { pattern?: RegExp } } })._zod.def.pattern;
  const protocol = def['format'] === 'url' ? (def['protocol'] as RegExp | undefined) : undefined;
  const pattern = regex ?? formatPattern ?? (protocol ? new RegExp(`^${protocol.source.replace(/^\^|\$$/g, '')}://\\S+$`) : undefined);
  const minimum = checks.find((check) => check.check === 'min_length')?.minimum;
  const maximum = checks.find((check) => check.check === 'max_length')?.maximum;
  return {
    widget: maximum !== undefined && maximum > 200 ? 'text' : 'string',
    ...(pattern ? { pattern: [pattern.source, expectation(whole, '\u0000')] } : {}),
    ...(minimum && minimum > 1 ? { minlength: minimum } : {}),
    ...(maximum !== undefined ? { maxlength: maximum } : {}),
  };
}
