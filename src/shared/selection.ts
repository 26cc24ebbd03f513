// Look-ahead: which fields of its rows a list's GraphQL selection will read, so that the list's statement selects
// only those columns: reading and parsing every column of hundreds of rows is wasted work. The selection is known
// before the statement is sent, as PostGraphile uses it.
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * The names of the fields selected at each `path` below the resolver's field (['nodes'], ['edges', 'node']),
 * whatever their aliases and through fragments and @include/@skip, as parseResolveInfo resolves them.
 */
function selectedFieldsAt(info: GraphQLResolveInfo, ...paths: string[][]): Set<string> {
  const names = new Set<string>();
  const root = parseResolveInfo(info) as ResolveTree | null;
  if (!root) return names;
  const visit = (fieldsByTypeName: FieldsByTypeName, path: string[]) => {
    for (const fields of Object.values(fieldsByTypeName)) {
      for (const field of Object.values(fields)) {
        if (path.length === 0) names.add(field.name);
        else if (field.name === path[0]) visit(field.fieldsByTypeName, path.slice(1));
      }
    }
  };
  for (const path of paths) visit(root.fieldsByTypeName, path);
  return names;
}

/** Whether a connection's selection asks for cursors (edges' or pageInfo's), which are made of the sort keys. */
export function cursorsSelected(info: GraphQLResolveInfo): boolean {
  const pageInfo = selectedFieldsAt(info, ['pageInfo']);
  return selectedFieldsAt(info, ['edges']).has('cursor') || pageInfo.has('startCursor') || pageInfo.has('endCursor');
}

/**
 * The row fields a resolver's selection at `paths` reads (see rowFieldsFor), or null for whole rows; `type` is the
 * selected type's row fields and what each GraphQL field reads (src/reads.ts derives it from the field reads).
 */
export function rowFieldsSelected(
  info: GraphQLResolveInfo,
  type: { rowFields: readonly string[]; reads: Record<string, readonly string[]> },
  ...paths: string[][]
): string[] | null {
  return rowFieldsFor(selectedFieldsAt(info, ...paths), type.rowFields, type.reads);
}

/**
 * The row fields that resolving `selected` reads: a GraphQL field reads the row field of its own name unless
 * `reads` says otherwise (a relation reads its foreign key); `id` is always read.
 * Null, meaning the whole row, when a selected field is neither a row field nor in `reads`: a field added to
 * the schema without an entry here costs columns, never correctness.
 */
export function rowFieldsFor(selected: Set<string>, rowFields: readonly string[], reads: Record<string, readonly string[]>): string[] | null {
  const needed = new Set(['id']);
  for (const field of selected) {
    if (field === '__typename') continue;
    const read = reads[field] ?? (rowFields.includes(field) ? [field] : null);
    if (read === null) return null;
    for (const rowField of read) needed.add(rowField);
  }
  return rowFields.filter((field) => needed.has(field));
}
