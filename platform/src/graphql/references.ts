/**
 * An entity of another subgraph known only by its id (e.g. a registry
 * Organization seen from mentoring); the owning subgraph resolves the rest.
 */
export interface EntityReference {
  id: string;
}

/** The reference for a stored id, or null when the link is empty. */
export function referenceTo(id: string | null | undefined): EntityReference | null {
  return id ? { id } : null;
}
