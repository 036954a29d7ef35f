import { SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { writeFileSync } from 'node:fs';
import { composeSupergraph } from './compose.js';
import { describeRefusals } from './federating-in/policy.js';

const result = await composeSupergraph();
if (!result.ok) {
  console.error(`Composition refused:\n${describeRefusals(result.refusals)}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, result.supergraphSdl);
console.log(`Wrote ${SUPERGRAPH_FILE}`);
