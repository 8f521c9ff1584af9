import DataLoader from 'dataloader';

/**
 * A DataLoader whose batch function returns rows that carry their key; rows are grouped back into key order
 * through a Map, as DataLoader requires one result per key in key order.
 */
export function oneToOneLoader<K, R, V>(
  load: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
  map: (row: R) => V,
  onBatch?: (size: number) => void,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    onBatch?.(keys.length);
    const byKey = new Map<K, V>();
    for (const row of await load(keys)) byKey.set(keyOf(row), map(row));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export function oneToManyLoader<K, R, V>(
  load: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
  map: (row: R) => V,
  onBatch?: (size: number) => void,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    onBatch?.(keys.length);
    const byKey = new Map<K, V[]>();
    for (const row of await load(keys)) {
      const list = byKey.get(keyOf(row));
      if (list) list.push(map(row));
      else byKey.set(keyOf(row), [map(row)]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}
