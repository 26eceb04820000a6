/**
 * The fixed colours of each scheme that a theme's primary and accent colours are drawn on or
 * with. The theme style sheet (src/pages/identity/theme.css.ts) and the contrast check of
 * `theme:` (src/schemas/theme.ts) both read them here, so what is checked is what is shown.
 */
export type SchemeName = 'light' | 'dark';

export interface SchemeColours {
  /** The page background. */
  page: string;
  /** Panels, the header and the footer. */
  panel: string;
  /** Body text. */
  text: string;
  /** Secondary text (zones, counts). */
  muted: string;
  /** Lines and outlines. */
  border: string;
  /** Notices' background. */
  notice: string;
  /** Cancelled sessions and errors. */
  danger: string;
  /** The label on a primary-coloured button. */
  buttonLabel: string;
}

export const schemeColours: Readonly<Record<SchemeName, SchemeColours>> = {
  light: { page: '#ffffff', panel: '#f3f5f8', text: '#1a1c20', muted: '#4f5661', border: '#c6ced8', notice: '#fff4d6', danger: '#a4121b', buttonLabel: '#ffffff' },
  dark: { page: '#121418', panel: '#1c2128', text: '#e8eaed', muted: '#aab2bd', border: '#4f5a66', notice: '#3b3216', danger: '#ff9191', buttonLabel: '#121418' },
};

/** The colours a site without a `theme:` gets: a neutral slate that passes every check. */
export const defaultThemeColours: Readonly<Record<SchemeName, { primary: string; accent: string }>> = {
  light: { primary: '#2f4a66', accent: '#5f6b7a' },
  dark: { primary: '#a9c4e4', accent: '#8d99a8' },
};
