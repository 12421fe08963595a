/** What the test run's global set-up hands every test file. */
declare module 'vitest' {
  export interface ProvidedContext {
    mongodbUri: string;
  }
}

export {};
