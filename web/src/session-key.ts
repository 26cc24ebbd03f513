// An editor's API key, kept for the browser session only: typed once on the page that writes first (Add a source,
// the reader's review), used by the next.
const KEY_STORAGE = 'dossier-api-key';

export const storedKey = (): string => sessionStorage.getItem(KEY_STORAGE) ?? '';
export const rememberKey = (apiKey: string) => sessionStorage.setItem(KEY_STORAGE, apiKey);
