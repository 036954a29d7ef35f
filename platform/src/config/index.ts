export * from './env.js';
export * from './local-secret.js';
export * from './paths.js';
export * from './subgraph-list.js';
