/**
 * js-yaml (a dependency of Astro, which parses content with it) ships no types and
 * @types/js-yaml is not installed: the part of its API this project uses.
 */
declare module 'js-yaml' {
  export interface Mark {
    /** 0-based. */
    line: number;
    /** 0-based. */
    column: number;
  }
  export class YAMLException extends Error {
    reason: string;
    mark?: Mark;
  }
  export function load(text: string, options?: { filename?: string }): unknown;
  const yaml: { load: typeof load; YAMLException: typeof YAMLException };
  export default yaml;
}
