import type { ImportReport, ImportRowResult, ImportRowStatus } from '../../__generated__/resolvers-types.js';

/** Collects row outcomes and decides whether the import may be written. */
export class ImportLedger {
  readonly rows: ImportRowResult[] = [];

  add(line: number, key: string | null, status: ImportRowStatus, messages: string[] = []): void {
    this.rows.push({ line, key, status, messages });
  }

  get rejected(): number {
    return this.rows.filter((row) => row.status === 'REJECTED').length;
  }

  report(applied: boolean): Omit<ImportReport, 'rows'> & { rows: ImportRowResult[] } {
    const count = (status: ImportRowStatus) => this.rows.filter((row) => row.status === status).length;
    return {
      applied,
      total: this.rows.length,
      created: count('CREATED'),
      updated: count('UPDATED'),
      unchanged: count('UNCHANGED'),
      rejected: count('REJECTED'),
      rows: this.rows,
    };
  }
}

/** Thrown inside the transaction to roll back an import that must not be written; carries its report. */
export class ImportNotApplied extends Error {
  constructor(readonly ledger: ImportLedger) {
    super('import not applied');
  }
}
