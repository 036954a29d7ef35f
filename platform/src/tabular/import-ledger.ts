import type { EntityManager } from '../database/orm.js';
import { runMutation } from '../database/transactions.js';

export type ImportRowStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';

export interface ImportRowResult {
  line: number;
  key: string | null;
  status: ImportRowStatus;
  messages: string[];
}

export interface ImportReport {
  applied: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rows: ImportRowResult[];
}

/** Collects row outcomes of an import file. */
export class ImportLedger {
  readonly rows: ImportRowResult[] = [];

  add(line: number, key: string | null, status: ImportRowStatus, messages: string[] = []): void {
    this.rows.push({ line, key, status, messages });
  }

  get rejected(): number {
    return this.rows.filter((row) => row.status === 'REJECTED').length;
  }

  report(applied: boolean): ImportReport {
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

class ImportNotApplied extends Error {
  constructor(readonly ledger: ImportLedger) {
    super('import not applied');
  }
}

/**
 * One import is one transaction: every row is checked and applied to the unit
 * of work, then flushed at once — or rolled back whole for a dry run, or when
 * all-or-nothing meets a rejected row.
 */
export async function runImport(
  em: EntityManager,
  options: { allOrNothing?: boolean | null; dryRun?: boolean | null },
  importRows: (tx: EntityManager, ledger: ImportLedger) => Promise<void>,
): Promise<ImportReport> {
  const ledger = new ImportLedger();
  try {
    await runMutation(em, async (tx) => {
      await importRows(tx, ledger);
      // An explicit null from a client skips the SDL defaults (allOrNothing: true, dryRun: false): it takes them here.
      const allOrNothing = options.allOrNothing ?? true;
      if ((options.dryRun ?? false) || (allOrNothing && ledger.rejected > 0)) throw new ImportNotApplied(ledger);
      await tx.flush();
    });
    return ledger.report(true);
  } catch (error) {
    if (error instanceof ImportNotApplied) return error.ledger.report(false);
    throw error;
  }
}

/** Keeps only the rows of one status when a client asks for them. */
export function rowsWithStatus(report: ImportReport, status: ImportRowStatus | null | undefined): ImportRowResult[] {
  return status ? report.rows.filter((row) => row.status === status) : report.rows;
}
