/** The organizations whose records a viewer may see: every one, or a set of registry ids. */
export type OrganizationScope = { kind: 'all' } | { kind: 'some'; ids: Set<string> };

export function inScope(scope: OrganizationScope, organizationId: string): boolean {
  return scope.kind === 'all' || scope.ids.has(organizationId);
}

/** Runs a computation once per request, on first use. */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}
