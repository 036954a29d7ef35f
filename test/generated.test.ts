import { generate } from '@graphql-codegen/cli';
import { REPO_ROOT } from '@mentoring/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

describe('generated resolver types', () => {
  it('are current: `npm run codegen` would write the same files', async () => {
    const outputs = await generate({ ...config, cwd: REPO_ROOT, silent: true }, false);
    expect(outputs.length).toBe(4);
    for (const output of outputs) {
      const onDisk = readFileSync(join(REPO_ROOT, output.filename), 'utf8');
      expect(onDisk, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });
});
