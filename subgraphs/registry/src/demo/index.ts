export * from './territories.js';
export * from './organizations.js';
export * from './people.js';
