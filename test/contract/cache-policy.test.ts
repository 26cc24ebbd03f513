// The cache policy of a document, read from @cacheControl hints with Apollo's rules (src/server/cache-policy.ts).
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { cacheControlHeader, cachePolicyOf } from '../../src/server/cache-policy';
import { loadTypeDefs } from '../../src/schema';

const schema = buildSchema(`
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query {
    actor: Actor @cacheControl(maxAge: 60)
    news: Article @cacheControl(maxAge: 10)
    unhinted: Actor
    me: Account @cacheControl(maxAge: 30, scope: PRIVATE)
  }
  type Actor @cacheControl(inheritMaxAge: true) { name: String, friend: Actor, rating: Rating, fresh: String @cacheControl(maxAge: 5) }
  type Rating { value: Int }
  type Article @cacheControl(maxAge: 120) { title: String }
  type Account @cacheControl(inheritMaxAge: true) { name: String }
  type Mutation { touch: Actor }
`);

function policy(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode;
  return cachePolicyOf(schema, document, operation);
}

describe('cache policy from @cacheControl hints', () => {
  it('takes the shortest maxAge of the selected fields, a type that inherits taking its parent\'s', () => {
    expect(policy('{ actor { name friend { name } } }')).toEqual({ maxAge: 60, scope: undefined });
    expect(policy('{ actor { name } news { title } }').maxAge).toBe(10);
    expect(policy('{ actor { fresh } }').maxAge).toBe(5);
  });

  it('makes uncacheable a root field without a hint, and an object field whose type neither has one nor inherits', () => {
    expect(policy('{ unhinted { name } }').maxAge).toBe(0);
    expect(policy('{ actor { rating { value } } }').maxAge).toBe(0);
  });

  it('counts fields under fragments, and PRIVATE wins over PUBLIC', () => {
    expect(policy('{ ...F } fragment F on Query { actor { ... on Actor { fresh } } }').maxAge).toBe(5);
    expect(policy('{ actor { name } me { name } }')).toEqual({ maxAge: 30, scope: 'PRIVATE' });
  });

  it('never caches a mutation or introspection', () => {
    expect(policy('mutation { touch { name } }').maxAge).toBe(0);
    expect(policy('{ actor { name } __schema { queryType { name } } }').maxAge).toBe(0);
    expect(cacheControlHeader({ maxAge: 0 })).toBe('no-store');
    expect(cacheControlHeader({ maxAge: 30, scope: 'PRIVATE' })).toBe('max-age=30, private');
  });

  it('gives every public query of Dossier\'s schema a hint, and every object type inherits', () => {
    const dossier = buildSchema(loadTypeDefs());
    const unhinted = Object.values(dossier.getQueryType()!.getFields())
      .filter((field) => !field.astNode?.directives?.some((directive) => directive.name.value === 'cacheControl'))
      .map((field) => field.name);
    expect(unhinted).toEqual([]);
    const deep = parse('{ actor(name: "Russia") { name events(first: 5) { event { title sources { title } } } claimsAbout(first: 5) { check { verdict } } } }');
    expect(cachePolicyOf(dossier, deep, deep.definitions[0] as OperationDefinitionNode)).toEqual({ maxAge: 60, scope: undefined });
  });
});
