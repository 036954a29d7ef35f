/** A variable as SQL text, whatever JSON type the client sent it as. */
export const text = (value: unknown) => String(value);

/** A SQL text with `?` placeholders (the subgraphs' style) numbered from `$first` for node-pg. */
export function numbered(sql: string, first = 1): string {
  let index = first;
  return sql.replaceAll('?', () => `$${index++}`);
}
