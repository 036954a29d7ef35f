export * from './territories.js';
export * from './organizations.js';
