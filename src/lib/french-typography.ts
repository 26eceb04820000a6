/**
 * French typography the site holds its French texts to (issue 12): one apostrophe, ’, and a
 * non-breaking space before « ; : ? ! » and inside « », so no sign starts a line on its own.
 * Both U+00A0 and the narrow U+202F count as non-breaking.
 */

/** Each place `text` breaks these rules, with a few characters around it. */
export function frenchTypographyProblems(text: string): string[] {
  const rules: [RegExp, string][] = [
    [/[\p{L}]'[\p{L}]/gu, 'straight apostrophe, expected ’'],
    [/ [;:?!»]/g, 'ordinary space before a sign, expected a non-breaking space'],
    [/« /g, 'ordinary space after «, expected a non-breaking space'],
    [/[\p{L}\p{N}][;?!»]/gu, 'no space before a sign, expected a non-breaking space'],
    [/«[\p{L}\p{N}]/gu, 'no space after «, expected a non-breaking space'],
  ];
  return rules.flatMap(([pattern, problem]) =>
    [...text.matchAll(pattern)].map((match) => `${problem}: “${text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12)}”`),
  );
}
