export * from './csv.js';
export * from './demo-notice.js';
export * from './formulas.js';
export * from './table.js';
export * from './xlsx.js';
export * from './import-ledger.js';
