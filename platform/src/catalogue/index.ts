export * from './sources.js';
export * from './seed-rules.js';
export * from './entry.js';
