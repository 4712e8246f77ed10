/**
 * Sets `key` in a map kept to at most `max` entries: when full, the entry set longest ago
 * goes (a Map iterates in insertion order, and a key set again counts as new). For caches
 * of derived values (parsed keys, unwrapped keys) whose working set is small.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  if (map.size >= max) map.delete(map.keys().next().value as K);
  map.set(key, value);
}
