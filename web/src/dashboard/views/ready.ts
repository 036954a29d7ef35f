/** The mark the browser tests and the closing note read: a view's data is on screen. */
export const READY_MARK = 'dashboard-ready';

export function performanceMarkReady(view: string, loadMs?: number): void {
  performance.mark(READY_MARK, { detail: { view, ...(loadMs === undefined ? {} : { loadMs }) } });
}
