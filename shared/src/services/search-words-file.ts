import file from '../../service-lists/search-words.json';

/** `shared/service-lists/search-words.json` as shipped; the server checks it against its schema (`search/search-words.ts`). */
export const searchWordsFile: unknown = file;
