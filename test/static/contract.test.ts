// schema.graphql is the contract: generated types follow it, and every type and field is described.
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, getNullableType, isEnumType, isInputObjectType, isInterfaceType, isLeafType, isListType, isObjectType, isScalarType } from 'graphql';
import { listSizeOf } from '../../src/server/query-cost';
import { BundleActor, BundleArmsTransfer, BundleCitation, BundleClaim, BundleEvent, BundleSource } from '../../src/modules/imports/imports.validation';
import { SCHEMA_FILE } from '../../src/schema';
import { runScript } from '../helpers/run-script';

describe('the GraphQL contract', () => {
  it('has generated resolver types that match schema.graphql (run `npm run codegen` when this fails)', () => {
    const { status, output } = runScript('scripts/codegen-check.ts');
    expect(output).toContain('Generated types are up to date');
    expect(status).toBe(0);
  });

  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description && !['filter', 'input', 'id'].includes(arg.name)) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      if (isScalarType(type) && !type.description) undocumented.push(type.name);
    }
    expect(undocumented).toEqual([]);
  });

  it('bounds every list of objects for the cost limit: by `first`, by the `first` of the field that holds it, or by @listSize', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    // The types whose lists a `first` above bounds: what a field taking `first` returns (a connection, a ranking).
    const boundAbove = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const size = listSizeOf(field.astNode?.directives);
        const returnsList = isListType(getNullableType(field.type));
        if (field.args.some((arg) => arg.name === 'first') && (!returnsList || size.itemsOf)) boundAbove.add(getNamedType(field.type).name);
      }
    }
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type)) || isLeafType(getNamedType(field.type))) continue;
        const size = listSizeOf(field.astNode?.directives);
        const bounded = field.args.some((arg) => arg.name === 'first') || boundAbove.has(type.name) || size.assumedSize !== undefined || size.itemsOf !== undefined;
        if (!bounded) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('accepts in a bundle exactly the fields that the GraphQL bundle input types declare', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const pairs = {
      BundleActorInput: BundleActor, BundleSourceInput: BundleSource, BundleEventInput: BundleEvent,
      BundleClaimInput: BundleClaim, BundleCitationInput: BundleCitation, BundleArmsTransferInput: BundleArmsTransfer,
    };
    for (const [inputName, validation] of Object.entries(pairs)) {
      const input = schema.getType(inputName);
      if (!isInputObjectType(input)) throw new Error(`${inputName} is not an input type`);
      expect({ [inputName]: Object.keys(input.getFields()).sort() }).toEqual({ [inputName]: Object.keys(validation.shape).sort() });
    }
  });
});
