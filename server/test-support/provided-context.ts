/** What the test run's global set-up hands every test file. */
declare module 'vitest' {
  export interface ProvidedContext {
    mongodbUri: string;
    /** FerretDB's PostgreSQL when the run's database is the embedded default, else empty. */
    postgresqlUrl: string;
  }
}

export {};
