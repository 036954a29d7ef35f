import { parseArgs } from 'node:util';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../auth/config.js';
import { createFeedTokens } from '../auth/feed-tokens.js';
import { issueToken } from '../auth/tokens.js';
import { isRole, REQUIRED_SCOPE, type TerritoryScope } from '../auth/viewer.js';
import { localJwtSecret } from './local-jwt-secret.js';

/**
 * `npm run token -- --role MUNICIPAL_COORDINATOR --region 57 --oktmo 54618000`
 * prints a development token signed with the local JWT secret; with `--feed /calendar/region/57.ics` a calendar-feed
 * token for that feed instead (a year long, refused on /graphql), as POST /calendar/feed-url issues one.
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    subject: { type: 'string' },
    region: { type: 'string' },
    oktmo: { type: 'string' },
    org: { type: 'string' },
    expires: { type: 'string', default: '8h' },
    feed: { type: 'string' },
  },
});
const role = values.role?.toUpperCase();
if (!isRole(role) || role === 'PUBLIC') {
  console.error(
    'Usage: npm run token -- --role <REGIONAL_OPERATOR|MUNICIPAL_COORDINATOR|SCHOOL_CURATOR|SCHOOL_HEAD|ANALYST|EXTERNAL_SYSTEM> [--region 67] [--oktmo 66701000] [--org <organization id>] [--subject name] [--expires 8h] [--feed /calendar/region/67.ics]',
  );
  process.exit(2);
}
const scope: TerritoryScope = {
  ...(values.region ? { regionCode: values.region } : {}),
  ...(values.oktmo ? { municipalityOktmo: values.oktmo } : {}),
  ...(values.org ? { organizationId: values.org } : {}),
};
const missing = REQUIRED_SCOPE[role].filter((key) => !scope[key]);
if (missing.length > 0) {
  console.error(
    `Role ${role} needs: ${missing.map((key) => ({ regionCode: '--region', municipalityOktmo: '--oktmo', organizationId: '--org' })[key]).join(', ')}`,
  );
  process.exit(2);
}
const issuer = process.env['JWT_ISSUER'] ?? DEFAULT_ISSUER;
const subject = values.subject ?? `dev-${role.toLowerCase()}`;
const token = values.feed
  ? (await createFeedTokens({ secret: localJwtSecret(), issuer }).issue({ role, subject, scope }, values.feed)).token
  : await issueToken(
      { kind: 'hs256', secret: localJwtSecret(), issuer, audience: process.env['JWT_AUDIENCE'] ?? DEFAULT_AUDIENCE },
      { subject, role, scope, expiresIn: values.expires },
    );
console.log(token);
