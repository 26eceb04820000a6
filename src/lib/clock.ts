/**
 * "Now" for a build. Builds, previews and tests can pretend to run at another moment
 * (e.g. SITE_NOW=2021-05-01T00:00:00Z) to show the site before, during or after the event.
 */
export function resolveNow(setting: string | undefined, realNow: () => Date = () => new Date()): Date {
  if (setting === undefined || setting.trim() === '') return realNow();
  const instant = new Date(setting);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(setting.trim()) || Number.isNaN(instant.getTime())) {
    throw new Error(`SITE_NOW: found "${setting}", expected an ISO 8601 date-time with a zone, e.g. 2021-05-01T00:00:00Z`);
  }
  return instant;
}

/**
 * "Now" for a page script: the visitor's clock, unless the page is a preview built with
 * PREVIEW_NOW (`npm run preview:at`), whose <html data-preview-now> pins it to that moment.
 */
export function scriptNow(pinned: string | undefined = globalThis.document?.documentElement.dataset['previewNow']): Date {
  return pinned ? new Date(pinned) : new Date();
}
