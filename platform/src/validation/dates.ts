import { badUserInput } from '../errors.js';

/** Both dates ISO (YYYY-MM-DD): the earlier must not come after the later. */
export function assertDatesInOrder(earlier: string | null | undefined, later: string | null | undefined, what: string): void {
  if (earlier && later && earlier > later) {
    throw badUserInput(`${what}: ${earlier} позже ${later}; the dates are out of order.`);
  }
}

export const todayIso = () => new Date().toISOString().slice(0, 10);
