// The GraphQL examples of the README and the guides in docs/, run as a new user would on a fresh start (the sample
// and SIPRI's register loaded): each answers without an error, and each selects the id of every stored record it
// reads, as Apollo Client's normalised cache needs.
import { readdirSync, readFileSync } from 'node:fs';
import { getNamedType, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo, buildSchema, type GraphQLNamedType } from 'graphql';
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { createTestServer, type TestServer } from '../helpers/test-server';

const DOCUMENTS = ['README.md', ...readdirSync(projectPath('docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];
const examplesOf = (document: string) => [...readFileSync(projectPath(document), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
const EXAMPLES = DOCUMENTS.flatMap((document) => examplesOf(document).map((example, index) => [`${document} #${index + 1}`, example] as const));
const schema = buildSchema(readFileSync(projectPath('schema.graphql'), 'utf8'));

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  await loadSipriSample(t.services);
}, 120_000);
afterAll(() => t.close());

/** Types whose objects a selection must identify: those with an id. */
const hasId = (type: GraphQLNamedType) => isObjectType(type) && 'id' in type.getFields();

describe('the README examples', () => {
  it('has examples to run, a short tour in the README and the rest in the guide', () => {
    expect(examplesOf('README.md').length).toBeGreaterThanOrEqual(3);
    expect(examplesOf('docs/GUIDE.md').length).toBeGreaterThanOrEqual(5);
  });

  it('keeps the README short enough to read in ten minutes', () => {
    expect(readFileSync(projectPath('README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(250);
  });

  it.each(EXAMPLES)('%s answers without an error on a fresh start', async (_index, example) => {
    const variables = example.includes('$input') ? { input: JSON.parse(readFileSync(projectPath('samples/bundle-example.json'), 'utf8')) } : undefined;
    const result = await t.execute(example as string, variables);
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data ?? {}).length).toBeGreaterThan(0);
  });

  it.each(EXAMPLES)('%s selects the id of every record it reads', (_index, example) => {
    const missing: string[] = [];
    const typeInfo = new TypeInfo(schema);
    visit(parse(example as string), visitWithTypeInfo(typeInfo, {
      SelectionSet(node) {
        const type = getNamedType(typeInfo.getType() ?? typeInfo.getParentType());
        if (!type || !hasId(type) || ['Query', 'Mutation'].includes(type.name)) return;
        if (!node.selections.some((selection) => selection.kind === 'Field' && selection.name.value === 'id')) missing.push(type.name);
      },
    }));
    expect(missing).toEqual([]);
  });
});
