import './provided-context.js';
export * from './graphql-client.js';
export * from './subgraph-harness.js';
export * from './federation-client.js';
export * from './access-declarations.js';
export * from './readme-matrix.js';
export * from './log-capture.js';
