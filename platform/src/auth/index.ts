export * from './config.js';
export * from './request-viewer.js';
export * from './territory-scope.js';
export * from './tokens.js';
export * from './feed-tokens.js';
export * from './viewer.js';
export * from './person-visibility.js';
export * from './working-territory.js';
