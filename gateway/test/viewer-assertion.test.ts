import { PUBLIC_VIEWER } from '@mentoring/platform/auth';
import { createLocalJWKSet, decodeJwt, exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  assertionAudience,
  createViewerAssertions,
  VIEWER_ASSERTION_TYPE,
} from '../src/federating-in/viewer-assertion.js';

const ISSUER = 'https://mentoring.example.ru';
const coordinator = {
  role: 'MUNICIPAL_COORDINATOR' as const,
  subject: 'ivanova@example.ru',
  scope: { regionCode: '67', municipalityOktmo: '66701000' },
};
const schoolHead = {
  role: 'SCHOOL_HEAD' as const,
  subject: 'director@school.example.ru',
  scope: { regionCode: '67', municipalityOktmo: '66701000', organizationId: '3f0e8a52-7c1b-5d7e-9a51-0b5f1c2d3e4f' },
};

describe('the viewer assertion for another region’s subgraph', () => {
  it('verifies against the published keys for its own audience only, and names the territory, not the person', async () => {
    const assertions = await createViewerAssertions({ issuer: ISSUER });
    const token = await assertions.assertionFor('neighbour-region', coordinator);
    const keys = createLocalJWKSet(assertions.jwks);
    const { payload } = await jwtVerify(token, keys, {
      issuer: ISSUER,
      audience: assertionAudience('neighbour-region'),
      algorithms: ['RS256'],
      typ: VIEWER_ASSERTION_TYPE,
    });
    expect(payload).toMatchObject({ role: 'MUNICIPAL_COORDINATOR', region: '67', oktmo: '66701000' });
    expect(payload.sub).toBeUndefined();
    expect(JSON.stringify(payload)).not.toContain('ivanova');
    await expect(jwtVerify(token, keys, { audience: assertionAudience('other-region') })).rejects.toThrow();
  });

  it('names no organization, which for a school role would single out its director', async () => {
    const assertions = await createViewerAssertions({ issuer: ISSUER });
    const claims = decodeJwt(await assertions.assertionFor('neighbour-region', schoolHead));
    expect(claims).toMatchObject({ role: 'SCHOOL_HEAD', region: '67', oktmo: '66701000' });
    expect(JSON.stringify(claims)).not.toContain(schoolHead.scope.organizationId);
  });

  it('asserts anonymous viewers as PUBLIC, with no territory', async () => {
    const assertions = await createViewerAssertions({ issuer: ISSUER });
    expect(decodeJwt(await assertions.assertionFor('neighbour-region', PUBLIC_VIEWER))).toMatchObject({
      role: 'PUBLIC',
    });
    expect(decodeJwt(await assertions.assertionFor('neighbour-region', PUBLIC_VIEWER)).region).toBeUndefined();
  });

  it('signs once per audience and scope for half its life, then anew', async () => {
    let now = 1_800_000_000;
    const assertions = await createViewerAssertions({ issuer: ISSUER, now: () => now });
    const first = await assertions.assertionFor('neighbour-region', coordinator);
    now += 29;
    expect(await assertions.assertionFor('neighbour-region', coordinator)).toBe(first);
    expect(await assertions.assertionFor('another-region', coordinator)).not.toBe(first);
    now += 1;
    const renewed = await assertions.assertionFor('neighbour-region', coordinator);
    expect(renewed).not.toBe(first);
    expect(decodeJwt(renewed).exp).toBe(now + 60);
  });

  it('signs with the configured key, so that every replica publishes the same one', async () => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportPKCS8(privateKey);
    const one = await createViewerAssertions({ issuer: ISSUER, privateKeyPem: pem });
    const other = await createViewerAssertions({ issuer: ISSUER, privateKeyPem: pem });
    expect(other.jwks).toEqual(one.jwks);
    const token = await one.assertionFor('neighbour-region', coordinator);
    await expect(
      jwtVerify(token, createLocalJWKSet(other.jwks), { audience: assertionAudience('neighbour-region') }),
    ).resolves.toBeDefined();
  });
});
