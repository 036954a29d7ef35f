/**
 * The organizations whose records a viewer may see, as a territory rather
 * than a list: every one, none, or those of one region, municipality or
 * organization. The registry turns it into a SQL condition on its published
 * territory view, so a statement's text and parameters stay the same size
 * however many organizations a region has.
 */
export type OrganizationScope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'territory'; level: 'region' | 'municipality' | 'organization'; value: string };

/** Runs a computation once per request, on first use. */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}
