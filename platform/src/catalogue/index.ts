export * from './sources.js';
