import { z } from 'zod';
import { CalendarDate, Id, Str, Text } from '../../shared/validation';

export const ActorKind = z.enum(['STATE', 'PERSON', 'ORGANISATION', 'INTERNATIONAL_ORGANISATION', 'NON_STATE_ARMED_GROUP', 'OTHER']);
export const IsoCode = Str().trim().regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)');
export const WikidataId = Str().trim().regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q159');
const Aliases = z
  .array(Text(200))
  .max(100, 'must list at most 100 aliases')
  .refine((aliases) => new Set(aliases.map((alias) => alias.toLowerCase())).size === aliases.length, 'must not repeat an alias');

export const CreateActorInput = z.object({
  kind: ActorKind,
  name: Text(200),
  aliases: Aliases.nullish().transform((aliases) => aliases ?? []),
  demonyms: Aliases.nullish().transform((demonyms) => demonyms ?? []),
  isoCode: IsoCode.nullish(),
  wikidataId: WikidataId.nullish(),
  description: Text(5000).nullish(),
  /** Read by MatchingService.createActor: write even when a stored actor resembles this one. */
  allowDuplicate: z.boolean().nullish(),
});
export type CreateActorInput = z.output<typeof CreateActorInput>;

export const UpdateActorInput = z.object({
  kind: ActorKind.optional(),
  name: Text(200).optional(),
  aliases: Aliases.optional(),
  demonyms: Aliases.optional(),
  isoCode: IsoCode.nullish(),
  wikidataId: WikidataId.nullish(),
  description: Text(5000).nullish(),
});
export type UpdateActorInput = z.output<typeof UpdateActorInput>;

export const ActorFilter = z
  .object({
    kind: z.array(ActorKind).max(20, 'must list at most 20 kinds').nullish(),
    name: Str().trim().max(200).nullish(),
    isoCode: Str().trim().max(3).nullish(),
  })
  .nullish();
export type ActorFilter = z.output<typeof ActorFilter>;

/** An affiliation's rule on its dates, for createAffiliation and for bundles: a term does not end before it starts. */
export const affiliationEndsInOrder: [(term: { startDate?: Date | null; endDate?: Date | null }) => boolean, { message: string; path: string[] }] = [
  (term) => !(term.startDate && term.endDate && term.endDate < term.startDate),
  { message: 'must not be before startDate', path: ['endDate'] },
];

export const CreateAffiliationInput = z
  .object({
    memberId: Id,
    organisationId: Id,
    role: Text(200),
    startDate: CalendarDate.nullish(),
    endDate: CalendarDate.nullish(),
  })
  .refine(...affiliationEndsInOrder)
  .refine((input) => input.memberId !== input.organisationId, { message: 'must differ from memberId', path: ['organisationId'] });
export type CreateAffiliationInput = z.output<typeof CreateAffiliationInput>;

export const UpdateAffiliationInput = z.object({
  role: Text(200).optional(),
  startDate: CalendarDate.nullish(),
  endDate: CalendarDate.nullish(),
});
export type UpdateAffiliationInput = z.output<typeof UpdateAffiliationInput>;
