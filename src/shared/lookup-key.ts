// How names are compared everywhere (actors' names, aliases and ISO codes; imports' references): trimmed and
// lower-cased, the form stored in the *_key columns.

export const lookupKey = (name: string): string => name.trim().toLowerCase();
