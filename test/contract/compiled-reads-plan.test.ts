// Which queries are planned into one statement building their JSON (src/server/compiled-reads.ts), and which are
// left to the resolvers, decided from the document and the declarations alone.
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { compileRead } from '../../src/server/compiled-reads';
import { jsonReads } from '../../src/reads';
import { loadTypeDefs } from '../../src/schema';
import { column, isNotCompiled } from '../../src/shared/json-reads';

const schema = buildSchema(loadTypeDefs());
const planned = (query: string, declarations = jsonReads) => {
  const document = parse(query);
  const plan = compileRead(schema, document, document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode, declarations);
  return !isNotCompiled(plan);
};

describe('planning a query into one statement', () => {
  it('plans a query whose every field is declared, through aliases and fragments', () => {
    expect(planned('{ armsTransfers(first: 5) { nodes { designation ...S } totalCount } } fragment S on ArmsTransfer { who: supplier { name } }')).toBe(true);
    expect(planned('query($n: String) { __typename actor(name: $n) { name members(at: "2025-01-01") { role member { name } } } }')).toBe(true);
  });

  it.each([
    ['a field its resolver computes', '{ armsTransfers { nodes { source { text } } } }'],
    ['a directive', '{ armsTransfers { nodes { designation @skip(if: true) } } }'],
    ['two root fields', '{ armsTransfers { totalCount } actor(name: "Russia") { name } }'],
    ['a mutation', 'mutation { deleteActor(id: "1") { id } }'],
    ['a fragment on another type', '{ armsTransfers { nodes { supplier { ... on Actor { name } } } } }'.replace('on Actor', 'on Source')],
  ])('leaves %s to the resolvers', (_case, query) => {
    expect(planned(query)).toBe(false);
  });

  it('says why a query is left to the resolvers', () => {
    const reason = (query: string) => {
      const document = parse(query);
      const plan = compileRead(schema, document, document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode, jsonReads);
      return isNotCompiled(plan) ? plan.notCompiled : 'compiled';
    };
    expect(reason('{ armsTransfers { nodes { source { text } } } }')).toBe('Source.text takes arguments');
    expect(reason('{ armsTransfers { nodes { supplier { aliasRecords { alias } } } } }')).toBe('Actor.aliasRecords takes arguments');
    expect(reason('{ armsTransfers { nodes { supplier { mergedIds } } } }')).toBe('Actor.mergedIds is computed by its resolver');
    expect(reason('{ armsTransfers { totalCount } actor(name: "Russia") { name } }')).toBe('2 root fields');
    expect(reason('{ armsTransfers { nodes { source { title } } } }')).toBe('compiled');
  });

  it('never plans who wrote a record, which only key holders see, even were it declared', () => {
    const declarations = {
      ...jsonReads,
      types: { ...jsonReads.types, ArmsTransfer: { ...jsonReads.types.ArmsTransfer!, scalars: { ...jsonReads.types.ArmsTransfer!.scalars, createdBy: column('created_by') } } },
    };
    expect(planned('{ armsTransfers { nodes { designation } } }', declarations)).toBe(true);
    expect(planned('{ armsTransfers { nodes { designation createdBy } } }', declarations)).toBe(false);
  });
});
