/** wawoff2 ships no types: the two functions the build uses (src/data/social-images.ts). */
declare module 'wawoff2' {
  /** WOFF2 bytes to TrueType/OpenType bytes. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
  const wawoff2: { decompress: typeof decompress };
  export default wawoff2;
}
