import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { campaignIdOf, SMOLENSK_2021_CAMPAIGN } from '../src/modules/campaigns/demo.js';
import { analyticsSubgraph } from '../src/subgraph.js';

let analytics: TestSubgraph;
beforeAll(async () => {
  analytics = await startTestSubgraph(analyticsSubgraph, { alongside: [registrySubgraph] });
});
afterAll(() => analytics?.close());

it('smoke', async () => {
  const token = await analytics.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  const r = await analytics.query(
    `{ monitoringCampaigns { totalCount edges { node { title questions { code indicator { code } } } } }
       campaignCompletion(campaignId: "${campaignIdOf(SMOLENSK_2021_CAMPAIGN)}") { region { targeted submitted accepted share } municipalities { municipalityOktmo targeted } }
       campaignAnswerSummary(campaignId: "${campaignIdOf(SMOLENSK_2021_CAMPAIGN)}") { questions { question { code } region { answered yes no yesShare } } }
       campaignSubmissions(campaignId: "${campaignIdOf(SMOLENSK_2021_CAMPAIGN)}", first: 2, filter: { municipalityOktmo: "66701000" }) { totalCount edges { cursor node { status organization { id } municipality { id } answers { yes question { code } } } } }
     }`,
    undefined,
    token,
  );
  console.log(JSON.stringify(r, null, 1).slice(0, 4000));
  expect(r.errors).toBeUndefined();
});
