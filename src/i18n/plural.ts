/** Texts that change with a number, one form per CLDR plural category (Arabic uses all six). */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
