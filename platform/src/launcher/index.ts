export * from './free-port.js';
export * from './processes.js';
export * from './system.js';
export * from './page-addresses.js';
export * from './test-federation.js';
