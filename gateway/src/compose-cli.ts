import { SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { writeFileSync } from 'node:fs';
import { composeSupergraph } from './compose.js';

const result = composeSupergraph();
if (!result.ok) {
  console.error(`Composition failed:\n${result.errors.map((message) => `  - ${message}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, result.supergraphSdl);
console.log(`Wrote ${SUPERGRAPH_FILE}`);
