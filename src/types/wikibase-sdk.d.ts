// wikibase-sdk publishes its declarations through "exports" only, which node10 resolution cannot see: the helper
// the Wikidata import uses, for the compiler alone (Node resolves the package itself).
declare module 'wikibase-sdk' {
  /** An entity as Wikidata's API and dumps write it. */
  export type RawEntity = Record<string, unknown>;
  /** Labels, descriptions and aliases by language; claims by property, each with its value, qualifiers and references. */
  export interface SimplifiedEntity {
    id: string;
    type: string;
    labels?: Record<string, string>;
    descriptions?: Record<string, string>;
    aliases?: Record<string, string[]>;
    claims?: Record<string, { value: unknown; qualifiers: Record<string, unknown[]>; references: Record<string, unknown[]>[] }[]>;
  }
  export function simplifyEntity(entity: RawEntity, options?: { keepQualifiers?: boolean; keepReferences?: boolean; timeConverter?: string }): SimplifiedEntity;
}
