/**
 * Helpers that put values into interface strings. They hold no strings themselves, so the
 * page scripts that use them (filter counts, local times, search counts) stay small.
 */
import type { Plural } from './plural.ts';

export type { Plural };

/** Replaces `{name}` placeholders with values. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The placeholder names of a template: "{count} of {total}" → count, total. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([^{}\s]+)\}/g)].map((match) => match[1]!);
}

/** The right plural form for `count`, with `{count}` filled in as the language writes numbers. */
export function countText(forms: Plural, count: number, locale: string): string {
  const category = new Intl.PluralRules(locale).select(count);
  return fill(forms[category] ?? forms.other, { count: new Intl.NumberFormat(locale).format(count) });
}

/** The name of language `code`, written in language `inLocale`, e.g. ("fr", "en") → "French". */
export function languageName(code: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
}

/**
 * The text before and after `{name}` in a template, so markup (a link, a `<time>`) can be
 * put where the placeholder is, wherever each language puts it.
 */
export function around(template: string, name: string, values: Record<string, string | number> = {}): [string, string] {
  const marker = `{${name}}`;
  const at = template.indexOf(marker);
  if (at === -1) return [fill(template, values), ''];
  return [fill(template.slice(0, at), values), fill(template.slice(at + marker.length), values)];
}
