// Rows grouped per key, in the order of the keys asked for: the shape a DataLoader batch returns.

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
