import { DEMO_ORGANIZATIONS, organizationIdOf } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { MENTORING_FORM_CODES } from '../src/modules/catalogues/form.entity.js';
import { mentoringSubgraph } from '../src/subgraph.js';

let mentoring: TestSubgraph;
let analyst: string;
beforeAll(async () => {
  // The registry's published view tells mentoring which organizations lie in a viewer's territory.
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
  analyst = await mentoring.tokenFor('ANALYST');
});
afterAll(() => mentoring?.close());

const organizationRefs = (count: number) =>
  DEMO_ORGANIZATIONS.slice(0, count).map((organization) => ({
    __typename: 'Organization',
    id: organizationIdOf(organization.inn),
  }));

describe('mentoring contributes to Organization', () => {
  it('counts active pairs of N organizations with one SQL statement', async () => {
    const statements = await mentoring.sql.during(async () => {
      const response = await mentoring.entities<{ activeMentoringPairCount: number }>(
        organizationRefs(40),
        '... on Organization { activeMentoringPairCount }',
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toHaveLength(40);
    });
    expect(statements).toHaveLength(1);
  });

  it('lists an organization’s pairs with their forms or projects, newest first', async () => {
    const pairsPage = await mentoring.query<{
      mentoringPairs: { edges: { node: { organization: { id: string } } }[] };
    }>(
      '{ mentoringPairs(filter: { project: PROJECT_500_PLUS }, first: 1) { edges { node { organization { id } } } } }',
      undefined,
      analyst,
    );
    const organizationId = pairsPage.data!.mentoringPairs.edges[0]!.node.organization.id;
    const response = await mentoring.entities<{
      mentoring: {
        pairs: {
          edges: { node: { form: { code: string } | null; project: { code: string } | null; status: string } }[];
        };
      };
    }>(
      [{ __typename: 'Organization', id: organizationId }],
      '... on Organization { mentoring { pairs { edges { node { form { code } project { code } status } } } } }',
      analyst,
    );
    const projectPairs = response.data!._entities[0]!.mentoring.pairs.edges.filter(
      (edge) => edge.node.project?.code === 'PROJECT_500_PLUS',
    );
    expect(projectPairs.length).toBeGreaterThan(0);
    expect(projectPairs.every((edge) => edge.node.form === null)).toBe(true);
  });

  it('resolves MentoringPair references in one statement and their forms in one more', async () => {
    const page = await mentoring.query<{ mentoringPairs: { edges: { node: { id: string } }[] } }>(
      '{ mentoringPairs(first: 30) { edges { node { id } } } }',
      undefined,
      analyst,
    );
    const representations = page.data!.mentoringPairs.edges.map((edge) => ({
      __typename: 'MentoringPair',
      id: edge.node.id,
    }));
    const statements = await mentoring.sql.during(() =>
      mentoring.entities(representations, '... on MentoringPair { status form { name } }', analyst),
    );
    expect(statements).toHaveLength(2);
  });
});

describe('mentoring demo data follows seed 002', () => {
  it('has the nine «500+» менторские пары руководителей of 2021 as pairs of the project, not of a form', async () => {
    const response = await mentoring.query<{ mentoringPairs: { totalCount: number } }>(
      '{ mentoringPairs(filter: { project: PROJECT_500_PLUS }) { totalCount } }',
      undefined,
      analyst,
    );
    expect(response.data?.mentoringPairs.totalCount).toBe(9);
  });

  it('has seed 002’s 36 teachers as trained candidates of 18 schools, with no pairs of theirs invented', async () => {
    const response = await mentoring.query<{
      mentors: { totalCount: number; edges: { node: { organization: { id: string }; person: { id: string } } }[] };
    }>(
      '{ mentors(filter: { status: TRAINED, form: TEACHER_TEACHER }, first: 100) { totalCount edges { node { organization { id } person { id } } } } }',
      undefined,
      analyst,
    );
    expect(response.data?.mentors.totalCount).toBe(36);
    expect(new Set(response.data!.mentors.edges.map((edge) => edge.node.organization.id)).size).toBe(18);
    const pairs = await mentoring.query<{ mentoringPairs: { totalCount: number } }>(
      '{ mentoringPairs(filter: { form: TEACHER_TEACHER }) { totalCount } }',
      undefined,
      analyst,
    );
    expect(pairs.data?.mentoringPairs.totalCount).toBe(0);
  });

  it('lists the eight forms of the target model in catalogue order', async () => {
    const response = await mentoring.query<{ mentoringForms: { code: string; name: string }[] }>(
      '{ mentoringForms { code name } }',
    );
    expect(response.data?.mentoringForms.map((form) => form.code)).toEqual([...MENTORING_FORM_CODES]);
  });
});

describe('batching of a page of pairs', () => {
  const page = (size: number) => `{ mentoringPairs(first: ${size}) { edges { node {
    form { name } formats { name } status isGroup mentor { id } organization { id }
    mentees { person { id } organization { id } }
    programme { goals completion activities { title } }
  } } } }`;

  it('costs the same number of SQL statements for 10 and for 50 pairs with mentors, mentees and programmes', async () => {
    const statements = async (size: number) => {
      let count = 0;
      const recorded = await mentoring.sql.during(async () => {
        const response = await mentoring.query<{ mentoringPairs: { edges: unknown[] } }>(
          page(size),
          undefined,
          analyst,
        );
        expect(response.errors).toBeUndefined();
        count = response.data!.mentoringPairs.edges.length;
      });
      expect(count).toBe(size);
      return recorded.length;
    };
    const small = await statements(10);
    expect(await statements(50)).toBe(small);
    expect(small).toBeLessThanOrEqual(9);
  });
});
