export * from './arguments.js';
export * from './references.js';
export * from './scalars.js';
