// One declaration per field read from rows (src/reads.ts, shared/reads.ts): every field of each such type in
// schema.graphql is declared by the module that resolves it, as built in SQL or left to its resolver (with the row
// fields it reads and why); a field added to the schema without one fails here instead of costing speed unseen.
import { buildSchema, isObjectType } from 'graphql';
import { READS } from '../../src/reads';
import { loadTypeDefs } from '../../src/schema';

const schema = buildSchema(loadTypeDefs());

describe('the field reads', () => {
  it.each(Object.keys(READS))('declare every field of %s, and no field it does not have', (typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    const inSchema = Object.keys(type.getFields()).sort();
    const declared = Object.keys(READS[typeName]!.fields).sort();
    expect({ typeName, undeclared: inSchema.filter((field) => !declared.includes(field)), unknown: declared.filter((field) => !inSchema.includes(field)) })
      .toEqual({ typeName, undeclared: [], unknown: [] });
  });

  it('read only row fields the type has, and refer only to declared types', () => {
    const problems: string[] = [];
    for (const [typeName, reads] of Object.entries(READS)) {
      for (const [field, read] of Object.entries(reads.fields)) {
        for (const rowField of read.reads) if (!reads.rowFields.includes(rowField)) problems.push(`${typeName}.${field} reads ${rowField}`);
        if (read.kind === 'reference' && !READS[read.type]) problems.push(`${typeName}.${field} refers to ${read.type}`);
        if (read.kind === 'list' && !READS[read.list.type]) problems.push(`${typeName}.${field} lists ${read.list.type}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(Object.keys(READS))('expose every row field of %s through a GraphQL field, or say why not', (typeName) => {
    const reads = READS[typeName]!;
    const read = new Set(Object.values(reads.fields).flatMap((field) => field.reads));
    const unexposed = Object.keys(reads.unexposed ?? {});
    expect({ typeName, unread: reads.rowFields.filter((field) => !read.has(field) && !unexposed.includes(field)), explainedButRead: unexposed.filter((field) => read.has(field)) })
      .toEqual({ typeName, unread: [], explainedButRead: [] });
  });
});
