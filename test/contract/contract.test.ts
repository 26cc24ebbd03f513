// schema.graphql is the contract: generated types follow it, and every type and field is described.
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, getNullableType, isEnumType, isInputObjectType, isInterfaceType, isLeafType, isListType, isObjectType, isScalarType } from 'graphql';
import { listSizeOf } from '../../src/server/query-cost';
import type { z } from 'zod';
import { ActorFilter, CreateActorInput, CreateAffiliationInput, UpdateActorInput, UpdateAffiliationInput } from '../../src/modules/actors/actors.validation';
import { ArmsTransferFilter, CreateArmsTransferInput, UpdateArmsTransferInput } from '../../src/modules/arms-transfers/arms-transfers.validation';
import { ClaimFilter, CreateClaimInput, UpdateClaimInput } from '../../src/modules/claims/claims.validation';
import { CreateEventInput, EventFilter, UpdateEventInput } from '../../src/modules/events/events.validation';
import { BundleDocument } from '../../src/modules/imports/imports.validation';
import { ActorMatchQuery } from '../../src/modules/matching/matching.validation';
import { AddMentionInput } from '../../src/modules/mentions/mentions.validation';
import { AcceptQuotationInput } from '../../src/modules/quotations/quotations.validation';
import { AcceptFigureInput } from '../../src/modules/figures/figures.validation';
import { CheckClaimInput } from '../../src/modules/claims/claims.validation';
import { CiteValueInput } from '../../src/modules/provenance/provenance.validation';
import { CreateSourceInput, SourceFilter, UpdateSourceInput } from '../../src/modules/sources/sources.validation';
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

  it('validates every GraphQL input type with a zod schema of exactly its fields, nested types included', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    // Each input type's zod twin; the types inside them (a claim's citations) are compared through their fields.
    // A field the SDL gains and zod lacks would be dropped without a word: zod strips what it does not know.
    const twins: Record<string, z.ZodType> = {
      ActorFilter, CreateActorInput, UpdateActorInput, CreateAffiliationInput, UpdateAffiliationInput, ActorMatchInput: ActorMatchQuery,
      EventFilter, CreateEventInput, UpdateEventInput, SourceFilter, CreateSourceInput, UpdateSourceInput, CiteValueInput,
      ClaimFilter, CreateClaimInput, UpdateClaimInput, ArmsTransferFilter, CreateArmsTransferInput, UpdateArmsTransferInput,
      ImportBundleInput: BundleDocument, AddMentionInput, AcceptQuotationInput, AcceptFigureInput, CheckClaimInput,
    };
    const compared = new Set<string>();
    const mismatches: Record<string, { sdl: string[]; zod: string[] }> = {};
    const compare = (name: string, validation: z.ZodType) => {
      const input = schema.getType(name);
      if (!isInputObjectType(input)) throw new Error(`${name} is not an input type`);
      compared.add(name);
      const shape = objectShapeOf(validation);
      const sdl = Object.keys(input.getFields()).sort();
      const zod = Object.keys(shape).sort();
      if (sdl.join() !== zod.join()) mismatches[name] = { sdl, zod };
      for (const field of Object.values(input.getFields())) {
        const nested = getNamedType(field.type);
        if (isInputObjectType(nested) && shape[field.name]) compare(nested.name, shape[field.name]!);
      }
    };
    for (const [name, validation] of Object.entries(twins)) compare(name, validation);
    expect(mismatches).toEqual({});
    // A new input type needs its twin in the table above.
    const inputTypes = Object.values(schema.getTypeMap()).filter(isInputObjectType).map((type) => type.name);
    expect(inputTypes.filter((name) => !compared.has(name))).toEqual([]);
  });
});

/** The fields of the object a zod schema parses, through optional, nullable, arrays, pipes and transforms. */
function objectShapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  let current = schema as unknown as { _zod: { def: Record<string, unknown> } };
  for (let depth = 0; depth < 20; depth++) {
    const def = current._zod.def;
    if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
    const inner = def.innerType ?? def.element ?? def.in ?? def.schema;
    if (!inner) break;
    current = inner as typeof current;
  }
  throw new Error('not an object schema');
}
