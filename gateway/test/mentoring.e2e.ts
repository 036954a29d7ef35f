import { DEMO_ORGANIZATIONS, organizationIdOf } from '@mentoring/subgraph-registry/demo';
import { federationClient, postGraphQL } from '@mentoring/platform/testing';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { operationHash } from '../src/persisted-operations.js';

const federation = federationClient();
const publicMentors = readFileSync(join(PERSISTED_OPERATIONS_DIR, 'public-mentors.graphql'), 'utf8');

interface PublicMentorsPage {
  mentors: {
    totalCount: number;
    edges: {
      node: {
        dataOrigin: string;
        person: { fullName: string; employments: { position: string; organization: { dataOrigin: string } }[] };
        competencies: string[];
        forms: { name: string }[];
      };
    }[];
  };
}

describe('mentoring through the gateway', () => {
  it('a municipal portal embeds the public mentor list: consented mentors only, with names, positions and profiles', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        variables: { oktmo: '66701000' },
        extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(parse(publicMentors)) } },
      }),
    });
    const body = (await response.json()) as { data?: PublicMentorsPage; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data!.mentors.totalCount).toBeGreaterThan(0);
    for (const { node } of body.data!.mentors.edges) {
      expect(node.person.fullName).toMatch(/\S+ \S+/);
      expect(node.competencies.length).toBeGreaterThan(0);
      // Demo mentors at demo schools: labelled so a portal can say so.
      expect(node.dataOrigin).toBe('SYNTHETIC');
      for (const employment of node.person.employments) expect(employment.organization.dataOrigin).toBe('SYNTHETIC');
    }
    const staffView = await federation.query<PublicMentorsPage>(publicMentors, {
      token: await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }),
      variables: { oktmo: '66701000' },
    });
    expect(staffView.data!.mentors.totalCount).toBeGreaterThan(body.data!.mentors.totalCount);
  });

  it('a school’s mentoring system names as curator the person the registry says the head appointed (seed 003), and forms say who mentors whom', async () => {
    const school = DEMO_ORGANIZATIONS.find(
      (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
    )!;
    const head = await federation.tokenFor('SCHOOL_HEAD', {
      regionCode: '57',
      municipalityOktmo: '54618000',
      organizationId: organizationIdOf(school.inn),
    });
    const response = await federation.query<{
      organization: {
        appointments: { kind: string; person: { id: string } | null }[];
        mentoringSystem: { curator: { id: string } | null } | null;
      };
      mentoringForms: { name: string; mentorKind: string }[];
    }>(
      `{ organization(inn: "${school.inn}") { appointments { kind person { id } } mentoringSystem { curator { id } } } mentoringForms { name mentorKind } }`,
      { token: head },
    );
    expect(response.errors).toBeUndefined();
    const appointed = response
      .data!.organization.appointments.filter((appointment) => appointment.kind === 'SCHOOL_CURATOR')
      .map((appointment) => appointment.person?.id);
    expect(appointed).toContain(response.data!.organization.mentoringSystem!.curator!.id);
    expect(response.data!.mentoringForms.find((form) => form.name === 'Ученик-ученик')?.mentorKind).toBe('PUPIL');
  });

  it('a curator sees the school’s pairs with mentor and mentee names from the registry', async () => {
    const school = DEMO_ORGANIZATIONS.find(
      (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
    )!;
    const curator = await federation.tokenFor('SCHOOL_CURATOR', {
      regionCode: '57',
      municipalityOktmo: '54618000',
      organizationId: organizationIdOf(school.inn),
    });
    const response = await federation.query<{
      organization: {
        shortName: string;
        mentoring: {
          pairs: { edges: { node: { mentor: { fullName: string }; mentees: { person: { fullName: string } }[] } }[] };
        };
      };
    }>(
      `{ organization(inn: "${school.inn}") { shortName mentoring { pairs(status: ACTIVE) { edges { node { mentor { fullName } mentees { person { fullName } } } } } } } }`,
      { token: curator },
    );
    expect(response.errors).toBeUndefined();
    const pair = response.data!.organization.mentoring.pairs.edges[0]!.node;
    expect(pair.mentor.fullName).toMatch(/\S+ \S+ \S+/);
  });

  it('an analyst sees pairs with pseudonymous people: no names', async () => {
    const analyst = await federation.tokenFor('ANALYST');
    const response = await postGraphQL<{
      mentoringPairs: { edges: { node: { mentor: { id: string; fullName: string | null } } }[] };
    }>(
      federation.gatewayUrl,
      '{ mentoringPairs(first: 1, filter: { status: ACTIVE, form: TEACHER_YOUNG_TEACHER }) { edges { node { mentor { id fullName } } } } }',
      { headers: { authorization: `Bearer ${analyst}` } },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.path).toContain('fullName');
  });
});

describe('the access log across domains', () => {
  it('shows the region’s operator a coordinator’s export of «База наставников», page by page', async () => {
    const coordinator = await federation.tokenFor(
      'MUNICIPAL_COORDINATOR',
      { regionCode: '57', municipalityOktmo: '54618000' },
      'znamensky-exporter',
    );
    const exported = await federation.query<{ mentorBase: { rowCount: number } }>(
      '{ mentorBase(format: CSV) { rowCount } }',
      { token: coordinator },
    );
    expect(exported.errors).toBeUndefined();
    const operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    const LOG =
      'query ($after: String) { personalDataReads(first: 1, after: $after, filter: { viewerSubject: "znamensky-exporter" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id fields } } } }';
    const first = await federation.query<{
      personalDataReads: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; fields: string[] } }[];
      };
    }>(LOG, { token: operator });
    expect(first.errors).toBeUndefined();
    expect(first.data!.personalDataReads.totalCount).toBeGreaterThan(1);
    expect(first.data!.personalDataReads.edges[0]!.node.fields[0]).toMatch(/^MentorBase\./);
    const second = await federation.query<typeof first.data>(LOG, {
      token: operator,
      variables: { after: first.data!.personalDataReads.pageInfo.endCursor },
    });
    expect(second.data!.personalDataReads.edges[0]!.node.id).not.toBe(first.data!.personalDataReads.edges[0]!.node.id);
  });
});
