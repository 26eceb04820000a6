/** The value stored under `key`, made by `make` the first time it is asked for. */
export function memoised<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = make();
  cache.set(key, value);
  return value;
}
