// Property-based fuzzing of the whole API: random, malformed and almost-valid values, generated from
// schema.graphql's own argument types, go into every mutation input and every query argument. Whatever comes
// in, the answer is data or an error with a client-side code (never an internal error, never a leaked
// stack or SQL), and a refused mutation leaves every row count and the TIV total as they were.
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  type GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { loadSample } from '../../src/sample/sample';
import { loadTypeDefs } from '../../src/schema';
import { buildArmsTransfer } from '../builders';
import { createTestServer, type GraphQLResult, type TestServer } from '../helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  for (let i = 0; i < 3; i++) await buildArmsTransfer(t.services);
}, 120_000);
afterAll(() => t.close());

// Codes that tell the client its request was wrong; anything else (INTERNAL_SERVER_ERROR above all) is a defect.
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);
const RUNS_PER_FIELD = Number(process.env.FUZZ_RUNS ?? 60);

const nastyStrings = fc.constantFrom(
  '', ' ', 'Russia', 'RUS', 'New Delhi', 'India', 'Aircraft', '043', '2024-01-01', '2024-02-30', '1999-13-01', '0', '-1', '1e9',
  "'; DROP TABLE actor; --", '%', '_', '\\', '"', '<script>alert(1)</script>', 'a\u0000b', '\u202e', '🇷🇺', 'x'.repeat(20_000),
  'https://example.org/a', 'not a url', 'SUPPORTS', 'HOST', 'eyJpZCI6MX0', 'Y3Vyc29y', '9'.repeat(40),
);
const anyString = fc.oneof(nastyStrings, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
const anyInt = fc.oneof(fc.integer({ min: -3, max: 3000 }), fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER));
const anyFloat = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0.5, 0.5, 1, 1.5, 1e308, -1e-308));
const anyId = fc.oneof(fc.integer({ min: -2, max: 60 }).map(String), fc.constantFrom('0', '-1', '1.5', '1e3', '2147483648', '99999999999999999999', 'abc', ''), anyString);
const scalarArbitraries: Record<string, fc.Arbitrary<unknown>> = {
  String: anyString,
  ID: anyId,
  Int: anyInt,
  Float: anyFloat,
  Boolean: fc.boolean(),
  Date: fc.oneof(fc.constantFrom('2024-01-01', '2000-02-29', '2001-02-29', '0000-01-01', '9999-12-31', '24-1-1'), anyString),
  DateTime: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), anyString),
};

/** Values for an input type: mostly shaped like it (with random leaves), sometimes any JSON at all. */
function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const wellTyped = (() => {
    if (type instanceof GraphQLNonNull) return arbitraryFor(type.ofType, depth);
    if (type instanceof GraphQLList) return fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
    if (type instanceof GraphQLEnumType) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value)) }, { weight: 1, arbitrary: anyString });
    if (type instanceof GraphQLScalarType) return scalarArbitraries[type.name] ?? fc.jsonValue();
    const fields = Object.values((type as GraphQLInputObjectType).getFields());
    const record = fc.record(Object.fromEntries(fields.map((field) => [field.name, arbitraryFor(field.type, depth + 1)])), {
      requiredKeys: fields.filter((field) => field.type instanceof GraphQLNonNull).map((field) => field.name),
    });
    // Sometimes a required field is missing too.
    return fc.oneof({ weight: 5, arbitrary: record }, { weight: 1, arbitrary: fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, depth + 1)])), { requiredKeys: [] }) });
  })();
  const nullable = type instanceof GraphQLNonNull ? wellTyped : fc.option(wellTyped, { nil: null, freq: 6 });
  return fc.oneof({ weight: 12, arbitrary: nullable }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
}

/** The field's scalar sub-fields that take no required argument: enough to run its resolvers. */
function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!(named instanceof GraphQLObjectType)) return '{ __typename }';
  const leaves = Object.values(named.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !(a.type instanceof GraphQLNonNull)));
  return `{ __typename ${leaves.map((f) => f.name).join(' ')} }`;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionFor(field.type)} }`;
}

const argsFor = (field: GraphQLField<unknown, unknown>) =>
  fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type)])), { requiredKeys: field.args.filter((a) => a.type instanceof GraphQLNonNull).map((a) => a.name) });

/** What a refused write must leave untouched. */
async function tableState(): Promise<string> {
  const [row] = await t.db.query(
    `/* rowCounts */ SELECT (SELECT count(*) FROM actor) AS actors, (SELECT count(*) FROM actor_alias) AS aliases, (SELECT count(*) FROM affiliation) AS affiliations,
            (SELECT count(*) FROM event) AS events, (SELECT count(*) FROM event_participant) AS participants, (SELECT count(*) FROM source) AS sources,
            (SELECT count(*) FROM claim) AS claims, (SELECT count(*) FROM claim_actor) AS claim_actors, (SELECT count(*) FROM citation) AS citations,
            (SELECT count(*) FROM arms_transfer) AS transfers, (SELECT coalesce(sum(tiv_delivered), 0)::text FROM arms_transfer) AS tiv,
            (SELECT count(*) FROM record_version) AS versions, (SELECT max(updated_at)::text FROM actor) AS actor_changed,
            (SELECT max(updated_at)::text FROM claim) AS claim_changed, (SELECT max(updated_at)::text FROM event) AS event_changed`,
  );
  return JSON.stringify(row);
}

function expectClientErrorsOnly(result: GraphQLResult, operation: string, variables: unknown): void {
  for (const error of result.errors ?? []) {
    const code = String(error.extensions?.code);
    if (!CLIENT_CODES.has(code) || /prisma|SELECT |INSERT |\bat \w+ \(/i.test(error.message)) {
      throw new Error(`${operation}\nwith ${JSON.stringify(variables).slice(0, 2000)}\nanswered ${code}: ${error.message}`);
    }
  }
}

const schema = buildSchema(loadTypeDefs());

describe('fuzzing every mutation input', () => {
  it('refuses bad input with a client error and leaves the data as it was', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThanOrEqual(19);
    // How far the random values got: refused by GraphQL's own type checks, by the services' rules, or written.
    const outcomes = { typeErrors: 0, ruleErrors: 0, written: 0 };
    for (const field of mutations) {
      const operation = operationFor('mutation', field);
      await fc.assert(
        fc.asyncProperty(argsFor(field), async (variables) => {
          const before = await tableState();
          const result = await t.execute(operation, variables);
          expectClientErrorsOnly(result, operation, variables);
          if (result.errors?.length) {
            expect(await tableState()).toBe(before);
            outcomes[result.errors[0]!.extensions?.reason || /^Variable "/.test(result.errors[0]!.message) ? 'typeErrors' : 'ruleErrors']++;
          } else {
            outcomes.written++;
          }
        }),
        { numRuns: RUNS_PER_FIELD },
      );
    }
    // The generator reaches past the type checks into the services, and sometimes produces a valid write.
    expect(outcomes.ruleErrors).toBeGreaterThan(mutations.length);
    expect(outcomes.written).toBeGreaterThan(0);
    if (process.env.FUZZ_REPORT) console.log(outcomes);
  }, 600_000);
});

describe('fuzzing every query argument and filter', () => {
  it('answers data or a client error for any argument values', async () => {
    const queries = Object.values(schema.getQueryType()!.getFields()).filter((field) => field.args.length > 0);
    expect(queries.length).toBeGreaterThanOrEqual(15);
    const before = await tableState();
    for (const field of queries) {
      const operation = operationFor('query', field);
      await fc.assert(
        fc.asyncProperty(argsFor(field), async (variables) => {
          expectClientErrorsOnly(await t.execute(operation, variables), operation, variables);
        }),
        { numRuns: RUNS_PER_FIELD },
      );
    }
    expect(await tableState()).toBe(before);
  }, 600_000);
});
