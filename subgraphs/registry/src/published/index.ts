// What the registry publishes for the other subgraphs: the rules that read its published views (registry_pub) and the curator rule.
export * from './curator-rule.js';
export * from './minors.js';
export * from './person-visibility.js';
export * from './territory.js';
