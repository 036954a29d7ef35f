/** Values the global setups hand to test files through vitest's provide/inject. */
declare module 'vitest' {
  interface ProvidedContext {
    /** Maintenance URL of the test run's PostgreSQL server: each test file creates its own database on it. */
    postgresAdminUrl: string;
    /** The gateway of the federation under test, started once for all end-to-end files. */
    gatewayUrl: string;
    /** Each subgraph's own URL, to prove it refuses callers other than the gateway. */
    subgraphUrls: Record<string, string>;
    /** The database holding the demo data the end-to-end tests read. */
    federationDatabaseUrl: string;
    /** HS256 secret the federation under test verifies tokens with, so tests can sign them. */
    jwtSecret: string;
    /** The shared secret, so tests can call subgraphs directly as a forging gateway would. */
    gatewaySecret: string;
  }
}

export {};
