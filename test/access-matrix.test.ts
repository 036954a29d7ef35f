import { ROLES } from '@mentoring/platform/auth';
import { accessDeclarations, deniesByDefault, readmeRoleMatrix } from '@mentoring/platform/testing';
import { describe, expect, it } from 'vitest';

/** Every `@access` declaration of every subgraph: `Type` or `Type.field` → roles. */
function declaredAccess(): Map<string, string[]> {
  return new Map(
    accessDeclarations().flatMap((declaration) =>
      declaration.roles ? [[declaration.coordinate, declaration.roles]] : [],
    ),
  );
}

/** The README's role matrix: each backticked name of a row → the roles whose cell is not "—". */
function readmeMatrix(): Map<string, string[]> {
  const matrix = new Map<string, string[]>();
  for (const row of readmeRoleMatrix()) {
    const allowed = Object.entries(row.cells).flatMap(([role, cell]) => (deniesByDefault(cell) ? [] : [role]));
    for (const name of row.names) matrix.set(name, allowed);
  }
  return matrix;
}

describe('the @access declarations read from the schema modules', () => {
  it('include root fields declared in a module extension (extend type Mutation), e.g. Mutation.activatePair for SCHOOL_HEAD only', () => {
    expect(declaredAccess().get('Mutation.activatePair')).toEqual(['SCHOOL_HEAD']);
    expect([...declaredAccess().keys()].filter((name) => name.startsWith('Mutation.')).length).toBeGreaterThan(20);
  });
});

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
