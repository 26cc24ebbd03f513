// Reads answered by one statement that builds the whole answer's JSON in the database, the way Hasura compiles a
// query: a page or a row, the rows it refers to and lists, and their fields in one round trip; over HTTP the
// database's JSON text goes into the response as it is (JsonPassThrough), instead of rows turned into objects
// field by field by the resolvers (what made node's CPU per request four times the raw-SQL baseline's; see
// docs/PERFORMANCE.md). A document is planned once (jit-gateway.ts); a query whose fields are all built in SQL
// (src/reads.ts) is planned, anything else says why it is not (NotCompiled: counted and logged at debug level), and
// arguments the list's service refuses (its DossierError), or an empty page it would explain, are answered by the
// resolvers instead, with their own errors. Any other failure is the request's: it is not hidden by a fall-back.
import {
  getArgumentValues, getNamedType, GraphQLError, isNonNullType, isObjectType, Kind,
  type DocumentNode, type ExecutionResult, type FieldNode, type FragmentDefinitionNode, type GraphQLField,
  type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import type { GraphQLContext } from '../context';
import { DossierError } from '../errors';
import { isNotCompiled, type JsonColumn, type JsonConnectionRoot, type JsonList, type JsonObjectType, type JsonPageSource, type JsonReadDeclarations, type JsonRowSource, type NotCompiled } from '../shared/json-reads';
import { CURSOR_PREFIX, sqlOrderBy } from '../shared/pagination';
import { AUTHOR_FIELDS } from './authorization';

/** json_build_object takes at most 100 arguments: a key and a value per field. */
const MAX_FIELDS_PER_OBJECT = 50;

type ObjectField =
  | { key: string; kind: 'value'; sql: JsonColumn }
  | { key: string; kind: 'reference'; column: string; target: ObjectPlan }
  | { key: string; kind: 'list'; list: JsonList; definition: GraphQLField<unknown, unknown>; node: FieldNode; target: ObjectPlan };

interface ObjectPlan {
  type: JsonObjectType;
  fields: ObjectField[];
}

type Literal = { key: string; kind: 'literal'; value: string };
/** PageInfo's fields, the four of the Relay specification; any other is not planned. */
const PAGE_INFO_FIELDS = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);
type EdgeField = { key: string; kind: 'cursor' } | { key: string; kind: 'node'; node: ObjectPlan } | Literal;
type PageInfoField = { key: string; kind: 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor' } | Literal;
type ConnectionField =
  | { key: string; kind: 'nodes'; node: ObjectPlan }
  | { key: string; kind: 'edges'; fields: EdgeField[] }
  | { key: string; kind: 'pageInfo'; fields: PageInfoField[] }
  | { key: string; kind: 'totalCount' }
  | Literal;

/** A planned query: one connection or object field of Query (and any __typename beside it). */
export interface CompiledRead {
  /** The answer, or why the resolvers answer instead (arguments refused, an empty page to explain). */
  run(context: GraphQLContext, variables: Record<string, unknown>): Promise<ExecutionResult<Record<string, unknown>> | NotCompiled>;
}

const notCompiled = (why: string): NotCompiled => ({ notCompiled: why });

/**
 * Answers kept as the JSON text the database wrote until the response is written: Apollo serializes a marker in
 * their place, which `into` replaces, so that the text is neither parsed nor written again. A marker starts with
 * U+0000, which no stored text holds (PostgreSQL refuses it; see text-guard.ts), so it cannot be met in data.
 */
export class JsonPassThrough {
  private static issued = 0;
  private readonly texts = new Map<string, string>();

  hold(text: string): string {
    const marker = `\u0000dossier-json-${++JsonPassThrough.issued}`;
    this.texts.set(JSON.stringify(marker), text);
    return marker;
  }

  /** A response body with each marker's text in its place. */
  into(body: string): string {
    let written = body;
    for (const [marker, text] of this.texts) written = written.replace(marker, () => text);
    return written;
  }
}

type FieldsByKey = Map<string, FieldNode[]>;
type JsonObject = Record<string, unknown>;

/**
 * The fields of selection sets by response key, through fragments on the same type, as graphql-js collects them;
 * null for what is not followed here (a directive such as @include, a fragment on another type).
 */
function collectFields(sets: readonly SelectionSetNode[], typeName: string, fragments: Record<string, FragmentDefinitionNode>, into: FieldsByKey = new Map()): FieldsByKey | null {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.directives?.length) return null;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!fragment || fragment.directives?.length || (fragment.typeCondition && fragment.typeCondition.name.value !== typeName)) return null;
      if (!collectFields([fragment.selectionSet], typeName, fragments, into)) return null;
    }
  }
  return into;
}

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'::text`;

class Planner {
  constructor(
    private readonly declarations: JsonReadDeclarations,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  /** The sub-selection of a field's nodes on `type`, by response key. */
  fieldsOf(nodes: readonly FieldNode[], type: GraphQLObjectType): { key: string; name: string; nodes: FieldNode[]; definition?: GraphQLField<unknown, unknown> }[] | null {
    const sets = nodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => set !== undefined);
    const fields = collectFields(sets, type.name, this.fragments);
    if (!fields) return null;
    return [...fields].map(([key, fieldNodes]) => ({ key, name: fieldNodes[0]!.name.value, nodes: fieldNodes, definition: type.getFields()[fieldNodes[0]!.name.value] }));
  }

  object(nodes: readonly FieldNode[], type: GraphQLObjectType): ObjectPlan | NotCompiled {
    const declared = this.declarations.types[type.name];
    if (!declared) return notCompiled(`${type.name} is not read from rows`);
    const fields = this.fieldsOf(nodes, type);
    if (!fields) return notCompiled(`a directive or a fragment on another type under ${type.name}`);
    if (fields.length > MAX_FIELDS_PER_OBJECT) return notCompiled(`more than ${MAX_FIELDS_PER_OBJECT} fields of ${type.name}`);
    const planned: ObjectField[] = [];
    for (const { key, name, nodes: fieldNodes, definition } of fields) {
      if (name === '__typename') {
        planned.push({ key, kind: 'value', sql: () => sqlText(type.name) });
        continue;
      }
      // Who wrote a record is shown to key holders only (authorization.ts), which a statement does not know.
      if (!definition) return notCompiled(`${type.name}.${name} is not in the schema`);
      if (AUTHOR_FIELDS.has(name)) return notCompiled(`${type.name}.${name}: who wrote a record is shown to key holders only`);
      const list = declared.lists?.[name];
      if (list) {
        const elementType = getNamedType(definition.type);
        if (!isObjectType(elementType) || elementType.name !== list.type) return notCompiled(`${type.name}.${name} lists ${list.type}`);
        const target = this.object(fieldNodes, elementType);
        if (isNotCompiled(target)) return target;
        planned.push({ key, kind: 'list', list, definition, node: fieldNodes[0]!, target });
        continue;
      }
      // Other fields only without arguments: an argument changes the value, which their declarations do not model.
      if (definition.args.length > 0) return notCompiled(`${type.name}.${name} takes arguments`);
      const scalar = declared.scalars[name];
      const reference = declared.references[name];
      if (scalar) {
        planned.push({ key, kind: 'value', sql: scalar });
      } else if (reference) {
        const targetType = getNamedType(definition.type);
        if (!isObjectType(targetType) || targetType.name !== reference.type) return notCompiled(`${type.name}.${name} refers to ${reference.type}`);
        const target = this.object(fieldNodes, targetType);
        if (isNotCompiled(target)) return target;
        planned.push({ key, kind: 'reference', column: reference.column, target });
      } else {
        return notCompiled(`${type.name}.${name} is computed by its resolver`);
      }
    }
    return { type: declared, fields: planned };
  }

  connection(nodes: readonly FieldNode[], connectionType: GraphQLObjectType, root: JsonConnectionRoot): ConnectionField[] | NotCompiled {
    const fields = this.fieldsOf(nodes, connectionType);
    if (!fields) return notCompiled(`a directive or a fragment on another type under ${connectionType.name}`);
    const planned: ConnectionField[] = [];
    for (const { key, name, nodes: fieldNodes, definition } of fields) {
      const constant = name === '__typename' ? connectionType.name : root.constants?.[name];
      const fieldType = definition && getNamedType(definition.type);
      if (constant !== undefined) {
        planned.push({ key, kind: 'literal', value: constant });
      } else if (name === 'totalCount') {
        planned.push({ key, kind: 'totalCount' });
      } else if (name === 'nodes' && isObjectType(fieldType) && fieldType.name === root.type) {
        const node = this.object(fieldNodes, fieldType);
        if (isNotCompiled(node)) return node;
        planned.push({ key, kind: 'nodes', node });
      } else if (name === 'pageInfo' && isObjectType(fieldType)) {
        const pageInfo = this.fieldsOf(fieldNodes, fieldType);
        if (!pageInfo) return notCompiled('a directive or a fragment on another type under PageInfo');
        const pageFields: PageInfoField[] = [];
        for (const field of pageInfo) {
          if (field.name === '__typename') pageFields.push({ key: field.key, kind: 'literal', value: fieldType.name });
          else if (PAGE_INFO_FIELDS.has(field.name)) pageFields.push({ key: field.key, kind: field.name as 'hasNextPage' });
          else return notCompiled(`PageInfo.${field.name} is not built in SQL`);
        }
        planned.push({ key, kind: 'pageInfo', fields: pageFields });
      } else if (name === 'edges' && isObjectType(fieldType)) {
        const edgeFields = this.fieldsOf(fieldNodes, fieldType);
        if (!edgeFields) return notCompiled(`a directive or a fragment on another type under ${fieldType.name}`);
        const edges: EdgeField[] = [];
        for (const field of edgeFields) {
          const nodeType = field.definition && getNamedType(field.definition.type);
          if (field.name === '__typename') edges.push({ key: field.key, kind: 'literal', value: fieldType.name });
          else if (field.name === 'cursor') edges.push({ key: field.key, kind: 'cursor' });
          else if (field.name === 'node' && isObjectType(nodeType) && nodeType.name === root.type) {
            const node = this.object(field.nodes, nodeType);
            if (isNotCompiled(node)) return node;
            edges.push({ key: field.key, kind: 'node', node });
          } else return notCompiled(`${fieldType.name}.${field.name} is not built in SQL`);
        }
        planned.push({ key, kind: 'edges', fields: edges });
      } else {
        return notCompiled(`${connectionType.name}.${name} is not built in SQL`);
      }
    }
    return planned;
  }
}

/**
 * The statement for one connection: its page (one row more than asked, which tells whether a next page exists),
 * the rows each reference names (read once for the page, not once per row), and the JSON of the selection.
 */
class StatementBuilder {
  private readonly ctes: string[] = [];
  readonly params: unknown[];
  private counter = 0;

  constructor(
    private readonly source: JsonRowSource,
    private readonly variables: Record<string, unknown>,
    private readonly context: GraphQLContext,
  ) {
    this.params = [...source.params];
  }

  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  /** A row's JSON (row alias `row`, from CTE `rows`) and the joins that bring its references' JSON. */
  private object(plan: ObjectPlan, row: string, rows: string): { json: string; joins: string } {
    const parts: string[] = [];
    const joins: string[] = [];
    for (const field of plan.fields) {
      if (field.kind === 'value') {
        parts.push(`'${field.key}', ${field.sql(row)}`);
        continue;
      }
      const n = ++this.counter;
      if (field.kind === 'list') {
        // The elements of every parent row at once, as the resolvers' batch reads them; each parent's JSON array once.
        const args = getArgumentValues(field.definition, field.node, this.variables);
        this.ctes.push(`l${n} AS MATERIALIZED (${field.list.rows(`ARRAY(SELECT id FROM ${rows})`, args, (value) => this.param(value), this.context)})`);
        const inner = this.object(field.target, 'x', `l${n}`);
        this.ctes.push(`lj${n} AS MATERIALIZED (SELECT x.parent_id, json_agg(${inner.json} ORDER BY x._n) AS j FROM l${n} x ${inner.joins} GROUP BY x.parent_id)`);
        joins.push(`LEFT JOIN lj${n} ON lj${n}.parent_id = ${row}.id`);
        parts.push(`'${field.key}', COALESCE(lj${n}.j, '[]'::json)`);
        continue;
      }
      // Materialized, so that each referenced row's JSON is built once, not once for every row naming it.
      this.ctes.push(`r${n} AS MATERIALIZED (SELECT * FROM ${field.target.type.table} WHERE id = ANY(ARRAY(SELECT ${field.column} FROM ${rows})))`);
      const inner = this.object(field.target, 'x', `r${n}`);
      this.ctes.push(`j${n} AS MATERIALIZED (SELECT x.id, ${inner.json} AS j FROM r${n} x ${inner.joins})`);
      joins.push(`LEFT JOIN j${n} ON j${n}.id = ${row}.${field.column}`);
      parts.push(`'${field.key}', j${n}.j`);
    }
    return { json: `json_build_object(${parts.join(', ')})`, joins: joins.join(' ') };
  }

  /** The statement: one row, `data` (the connection's JSON, as text when `asText`) and `empty` (no nodes). */
  build(fieldName: string, fields: ConnectionField[], asText: boolean): string {
    const source = this.source as JsonPageSource;
    const take = `${this.param(source.take)}::int`;
    const order = sqlOrderBy(source.order);
    // A cursor as encodeCursor writes it: base64url of the prefix and the sort keys as a JSON array.
    const keyValues = source.order.map((key) => (key.type === 'int' ? `${key.column}::text` : `COALESCE(to_json(${key.column})::text, 'null')`)).join(` || ',' || `);
    const keys = `translate(encode(convert_to('${CURSOR_PREFIX}[' || ${keyValues} || ']', 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
    const where = [...source.matches, ...(source.after ? [source.after] : [])].join(' AND ') || 'true';
    // Numbered after the LIMIT, so that PostgreSQL still sorts only the top rows (or reads them in index order).
    this.ctes.push(`page AS (SELECT t.*, row_number() OVER (ORDER BY ${order}) AS _n FROM (SELECT t.* FROM ${source.table} t WHERE ${where} ORDER BY ${order} LIMIT ${take} + 1) t)`);
    const list = (json: (row: { json: string; joins: string } | null) => string, node: ObjectPlan | null) => {
      const built = node && this.object(node, 't', 'page');
      return `(SELECT COALESCE(json_agg(${json(built)} ORDER BY t._n), '[]'::json) FROM page t ${built?.joins ?? ''} WHERE t._n <= ${take})`;
    };
    const pageInfo = (field: PageInfoField) => {
      switch (field.kind) {
        case 'literal': return sqlText(field.value);
        case 'hasNextPage': return `((SELECT count(*) FROM page) > ${take})`;
        case 'hasPreviousPage': return `${this.param(source.after !== null)}::boolean`;
        case 'startCursor': return `(SELECT ${keys} FROM page t WHERE t._n = 1 AND t._n <= ${take})`;
        case 'endCursor': return `(SELECT ${keys} FROM page t WHERE t._n = LEAST(${take}, (SELECT count(*) FROM page)))`;
      }
    };
    const parts = fields.map((field) => {
      switch (field.kind) {
        case 'literal': return `'${field.key}', ${sqlText(field.value)}`;
        case 'totalCount': return `'${field.key}', (SELECT count(*)::int FROM ${source.table} t WHERE ${source.matches.join(' AND ') || 'true'})`;
        case 'nodes': return `'${field.key}', ${list((built) => built!.json, field.node)}`;
        case 'pageInfo': return `'${field.key}', json_build_object(${field.fields.map((inner) => `'${inner.key}', ${pageInfo(inner)}`).join(', ')})`;
        case 'edges': {
          const node = field.fields.find((inner) => inner.kind === 'node')?.node ?? null;
          return `'${field.key}', ${list((built) => `json_build_object(${field.fields.map((inner) =>
            `'${inner.key}', ${inner.kind === 'cursor' ? keys : inner.kind === 'literal' ? sqlText(inner.value) : built!.json}`).join(', ')})`, node)}`;
        }
      }
    });
    return `/* ${fieldName}Json */ WITH ${this.ctes.join(', ')} SELECT json_build_object(${parts.join(', ')})${asText ? '::text' : ''} AS data, ` +
      `NOT EXISTS (SELECT FROM page t WHERE t._n <= ${take}) AS empty`;
  }

  /** The statement for an object root: one row, `data` (its JSON, null for no row) and `empty`. */
  buildObject(fieldName: string, plan: ObjectPlan, asText: boolean): string {
    const { source } = this;
    this.ctes.push(`page AS MATERIALIZED (SELECT t.* FROM ${source.table} t WHERE ${source.matches.join(' AND ') || 'true'} ORDER BY t.id LIMIT 1)`);
    const built = this.object(plan, 't', 'page');
    return `/* ${fieldName}Json */ WITH ${this.ctes.join(', ')} SELECT (SELECT ${built.json}${asText ? '::text' : ''} FROM page t ${built.joins}) AS data, ` +
      `NOT EXISTS (SELECT FROM page) AS empty`;
  }
}

/** The plan for a query, or why it is left to the resolvers. */
export function compileRead(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, declarations: JsonReadDeclarations): CompiledRead | NotCompiled {
  const queryType = schema.getQueryType();
  if (operation.operation !== 'query' || !queryType) return notCompiled(`a ${operation.operation}`);
  const fragments = Object.fromEntries(document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]));
  const planner = new Planner(declarations, fragments);
  const roots = collectFields([operation.selectionSet], queryType.name, fragments);
  if (!roots) return notCompiled('a directive or a fragment on another type at the root');
  const typenameKeys = [...roots].filter(([, nodes]) => nodes[0]!.name.value === '__typename').map(([key]) => key);
  const listed = [...roots].filter(([, nodes]) => nodes[0]!.name.value !== '__typename');
  if (listed.length !== 1) return notCompiled(`${listed.length} root fields`);
  const [key, nodes] = listed[0]!;
  const name = nodes[0]!.name.value;
  const definition = queryType.getFields()[name];
  const rootType = definition && getNamedType(definition.type);
  if (!definition || !isObjectType(rootType)) return notCompiled(`Query.${name} returns no object`);
  const connection = declarations.connections[name];
  const object = declarations.objects[name];
  let build: (statement: StatementBuilder, source: JsonRowSource, asText: boolean) => string | NotCompiled;
  if (connection) {
    const fields = planner.connection(nodes, rootType, connection);
    if (isNotCompiled(fields)) return fields;
    const hasCursors = fields.some((field) => (field.kind === 'edges' && field.fields.some((inner) => inner.kind === 'cursor')) ||
      (field.kind === 'pageInfo' && field.fields.some((inner) => inner.kind === 'startCursor' || inner.kind === 'endCursor')));
    build = (statement, source, asText) => {
      // Cursors of date keys are ISO timestamps, which the statement does not write: left to the resolvers.
      if (hasCursors && (source as JsonPageSource).order.some((sortKey) => sortKey.type === 'date')) return notCompiled('cursors of a date order');
      return statement.build(name, fields, asText);
    };
  } else if (object && rootType.name === object.type) {
    const plan = planner.object(nodes, rootType);
    if (isNotCompiled(plan)) return plan;
    build = (statement, _source, asText) => statement.buildObject(name, plan, asText);
  } else {
    return notCompiled(`Query.${name} is not read as one statement`);
  }
  const answer = (value: unknown) => Object.fromEntries([...roots.keys()].map((rootKey) => [rootKey, typenameKeys.includes(rootKey) ? queryType.name : value]));

  return {
    async run(context, variables) {
      const passThrough = context.jsonPassThrough;
      let source: JsonRowSource | NotCompiled;
      let statement: StatementBuilder;
      let sql: string | NotCompiled;
      try {
        source = (connection ?? object!).source(getArgumentValues(definition, nodes[0]!, variables), context);
        if (isNotCompiled(source)) return source;
        statement = new StatementBuilder(source, variables, context);
        sql = build(statement, source, passThrough !== undefined);
        if (isNotCompiled(sql)) return sql;
      } catch (error) {
        // Arguments the services refuse: the resolvers refuse them with the same error. Anything else is a fault.
        if (error instanceof DossierError) return notCompiled(`arguments refused (${error.code})`);
        throw error;
      }
      let row: { data: JsonObject | string | null; empty: boolean };
      try {
        [row] = (await source.read(sql, statement.params)) as [typeof row];
      } catch (error) {
        const failure = new GraphQLError((error as Error).message, { nodes, path: [key], originalError: error as Error });
        return { data: isNonNullType(definition.type) ? null : answer(null), errors: [failure] } as ExecutionResult<Record<string, unknown>>;
      }
      if (connection && (source as JsonPageSource).explainEmpty && row.empty) return notCompiled('an empty page the resolvers explain');
      return { data: answer(typeof row.data === 'string' ? passThrough!.hold(row.data) : row.data) };
    },
  };
}
