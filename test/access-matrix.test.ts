import { REPO_ROOT, ROLES } from '@mentoring/platform';
import { accessDeclarations } from '@mentoring/platform/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every `@access` declaration of every subgraph: `Type` or `Type.field` → roles. */
function declaredAccess(): Map<string, string[]> {
  return new Map(accessDeclarations().flatMap((declaration) => (declaration.roles ? [[declaration.coordinate, declaration.roles]] : [])));
}

/** The README's role matrix: each backticked name of a row → the roles whose cell is not "—". */
function readmeMatrix(): Map<string, string[]> {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Roles and what they read'));
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  const header = rows[0]!.split('|').slice(2, -1).map((cell) => cell.match(/[A-Z][A-Z_]{3,}/g) ?? []);
  const matrix = new Map<string, string[]>();
  for (const row of rows.slice(2)) {
    const [names, ...cells] = row.split('|').slice(1, -1);
    const allowed = cells.flatMap((cell, index) => (cell.trim().startsWith('—') ? [] : header[index] ?? []));
    for (const name of names!.match(/`([^`]+)`/g) ?? []) matrix.set(name.replaceAll('`', ''), allowed);
  }
  return matrix;
}

describe('the README role matrix', () => {
  it('names only roles that exist', () => {
    for (const roles of readmeMatrix().values()) for (const role of roles) expect(ROLES).toContain(role);
  });

  it('has a row for every @access declaration, granting exactly its roles', () => {
    const matrix = readmeMatrix();
    for (const [name, roles] of declaredAccess()) {
      expect(matrix.has(name), `README matrix lacks a row naming \`${name}\``).toBe(true);
      expect([...matrix.get(name)!].sort(), `README matrix row of ${name}`).toEqual([...roles].sort());
    }
  });
});
