import { describe, expect, it } from 'vitest';
import { withScaleSection } from '../src/report.js';

const section = (date: string, scenarios: Record<string, string>) =>
  [
    '## Scale region',
    '',
    `Date: ${date}`,
    '',
    ...Object.entries(scenarios).flatMap(([name, table]) => [`### ${name}`, '', table, '']),
  ].join('\n');

describe('RESULTS.md sections', () => {
  const full = withScaleSection(
    '',
    'region',
    section('full run', { 'README overview': 'readme table', 'operator staff': 'staff table' }),
  );
  const withNation = withScaleSection(full, 'nation', section('nation run', { 'README overview': 'nation table' }));

  it('keeps the other scales when one scale is measured again', () => {
    const again = withScaleSection(withNation, 'region', section('second full run', { 'README overview': 'new' }));
    expect(again).toContain('nation table');
    expect(again).toContain('second full run');
    expect(again).not.toContain('staff table');
  });

  it("puts a partial run's scenarios into the scale's last section and keeps the rest", () => {
    const partial = withScaleSection(
      withNation,
      'region',
      section('partial run', { 'operator staff': 'staff again', 'write mix': 'write table' }),
      true,
    );
    const region = partial.slice(
      partial.indexOf('<!-- bench scale region -->'),
      partial.indexOf('<!-- /bench scale region -->'),
    );
    expect(region).toContain('Date: full run');
    expect(region).not.toContain('partial run');
    expect(region).toContain('readme table');
    expect(region).toContain('staff again');
    expect(region).not.toContain('staff table');
    expect(region.indexOf('### operator staff')).toBeLessThan(region.indexOf('### write mix'));
    expect(partial).toContain('nation table');
  });

  it('writes a partial run as the section when the scale has none yet', () => {
    const first = withScaleSection('', 'nation', section('partial run', { 'write mix': 'write table' }), true);
    expect(first).toMatch(/<!-- bench scale nation -->\n## Scale/);
    expect(first).toContain('write table');
  });
});
