export * from './config.js';
export * from './request-viewer.js';
export * from './tokens.js';
export * from './viewer.js';
