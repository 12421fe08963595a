import file from '../../service-lists/search-queries.json';

/** `shared/service-lists/search-queries.json`: how families search, with the item each query must find (the server's search test reads it). */
export const searchQueriesFile: unknown = file;
