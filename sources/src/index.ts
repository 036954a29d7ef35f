export * from './sources.js';
export * from './entry.js';
