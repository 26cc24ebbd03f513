// Rows in the shapes a DataLoader batch returns: one per key, or grouped per key, in the order of the keys asked for.

export function groupedBy<K, V>(rows: V[], keyOf: (row: V) => K, keys: readonly K[]): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** The row of each key (null: none), in the order of the keys. */
export function byKey<K, V>(rows: V[], keyOf: (row: V) => K, keys: readonly K[]): (V | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}
