import { generate } from '@graphql-codegen/cli';
import { REPO_ROOT } from '@mentoring/platform/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

const SUBGRAPHS = ['registry', 'mentoring', 'planning', 'analytics'];

/** What `npm run codegen` writes on every run; anything else it would write is a missing or incomplete resolver file. */
const ALWAYS_WRITTEN = SUBGRAPHS.flatMap((name) =>
  ['types.generated.ts', 'resolvers.generated.ts'].map((file) => `subgraphs/${name}/src/__generated__/${file}`),
);

describe('generated resolver types and maps', () => {
  it('are current, and every type and root field has its resolver file: `npm run codegen` would write the same files and no others', async () => {
    const outputs = (await generate({ ...config, cwd: REPO_ROOT, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    const written = outputs.map((output) => output.filename.replace(REPO_ROOT, '').replace(/^\//, ''));
    expect(written.sort()).toEqual([...ALWAYS_WRITTEN].sort());
    for (const output of outputs) {
      const onDisk = readFileSync(join(REPO_ROOT, output.filename), 'utf8');
      expect(onDisk, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });
});
