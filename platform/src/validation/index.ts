export * from './dates.js';
export * from './text.js';
