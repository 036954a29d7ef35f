import type pg from 'pg';
import { RegionGenerator, TableRows, type Organization } from './model.js';
import { Random } from './random.js';
import { KIND_PATTERN, ROSTER, SCALES, type InternalScaleName } from './scales.js';

/** Splits a total into `parts` whole numbers that differ by at most one (the first ones take the remainder). */
const share = (total: number, parts: number, index: number) =>
  Math.floor(total / parts) + (index < total % parts ? 1 : 0);

/** What the demo data holds that the generator builds on, read from the database it has just loaded. */
async function readDemo(client: pg.Client) {
  const codes = (await client.query<{ code: string }>('select code from registry.region order by code')).rows.map(
    (row) => row.code,
  );
  const [smolensk] = (await client.query<{ id: string }>(`select id from registry.region where code = '67'`)).rows;
  if (!smolensk) throw new Error('The demo data has no region 67 (Смоленская область): load the demo data first.');
  const municipalities = (
    await client.query<{ id: string }>('select id from registry.municipality where region_id = $1 order by oktmo', [
      smolensk.id,
    ])
  ).rows;
  const organizations = (
    await client.query<Organization & { inn: string }>(
      `select o.id, o.inn, o.kind, o.municipality_id as "municipalityId" from registry.organization o
       join registry.municipality m on m.id = o.municipality_id where m.region_id = $1 order by o.inn`,
      [smolensk.id],
    )
  ).rows;
  return { codes, regionId: smolensk.id, municipalities, organizations };
}

/**
 * Every synthetic row of a scale, table by table, in COPY text. Region 67 first (its own random stream), then the
 * synthetic regions, each with its own stream keyed by its code, so adding regions never changes region 67.
 */
export async function generateScale(client: pg.Client, scale: InternalScaleName): Promise<TableRows> {
  const plan = SCALES[scale];
  const demo = await readDemo(client);
  const rows = new TableRows();

  const methodicalCenter = demo.organizations.find((organization) => organization.kind === 'METHODICAL_CENTER');
  const smolensk = new RegionGenerator(rows, {
    code: '67',
    regionId: demo.regionId,
    methodicalCenterId: methodicalCenter?.id ?? null,
  });
  const districts = demo.municipalities;
  const districtOf = (index: number) => districts[index % districts.length]?.id ?? '';
  let slot = 0;
  const grow = (count: number, make: (municipalityId: string) => void) => {
    for (let index = 0; index < count; index += 1) make(districtOf((slot += 1)));
  };
  grow(plan.region67.added.GENERAL_EDUCATION, (m) => {
    smolensk.school(m);
  });
  grow(plan.region67.added.PRESCHOOL, (m) => {
    smolensk.preschool(m);
  });
  grow(plan.region67.added.VOCATIONAL, (m) => {
    smolensk.vocational(m);
  });
  grow(plan.region67.added.ADDITIONAL_EDUCATION, (m) => {
    smolensk.additional(m);
  });
  // The demo's synthetic schools (not the seeds' authorities and centres) get pupils.
  const demoSchools = demo.organizations.filter((organization) => organization.kind === 'GENERAL_EDUCATION');
  for (const school of demoSchools.slice(0, plan.region67.demoSchoolPupils.schools))
    smolensk.demoSchoolPupils(school, plan.region67.demoSchoolPupils.perSchool);
  smolensk.flushMentorProfiles();
  smolensk.events(plan.eventsPerRegion, plan.participantsPerEvent);
  smolensk.monitoring();

  // Real-looking subject codes the demo does not hold: 01–89 in order.
  const taken = new Set(demo.codes);
  const codes = Array.from({ length: 89 }, (_, index) => String(index + 1).padStart(2, '0')).filter(
    (code) => !taken.has(code),
  );
  for (let index = 0; index < plan.syntheticRegions; index += 1) {
    const code = codes[index];
    if (!code) throw new Error(`No free region code for synthetic region ${index + 1}`);
    const municipalityCount = share(plan.municipalities, plan.syntheticRegions, index);
    const organizationCount = share(plan.organizations, plan.syntheticRegions, index);
    const region = new RegionGenerator(rows, {
      code,
      regionId: new Random(`region-id:${code}`).uuid(),
      methodicalCenterId: null,
    });
    region.region(`Синтетический субъект РФ № ${code}`);
    const municipalities = Array.from({ length: municipalityCount }, (_, serial) =>
      region.municipality(serial + 1, serial === 0 ? 'URBAN_OKRUG' : 'MUNICIPAL_DISTRICT'),
    );
    const capital = municipalities[0]?.id ?? '';
    region.authority(capital, 'Синтетический департамент образования', ROSTER.authority.staff);
    const centre = region.methodicalCenter(capital);
    region.context.methodicalCenterId = centre.id;
    for (const municipality of municipalities)
      region.authority(municipality.id, 'Синтетический отдел образования', ROSTER.authority.staff);
    let remaining = organizationCount - municipalityCount - 2;
    for (let position = 0; remaining > 0; position += 1) {
      const municipalityId = municipalities[position % municipalities.length]?.id ?? capital;
      const kind = KIND_PATTERN[position % KIND_PATTERN.length];
      if (kind === 'vocational' && remaining >= 2) {
        region.vocational(municipalityId);
        remaining -= 2;
        continue;
      }
      if (kind === 'preschool') region.preschool(municipalityId);
      else if (kind === 'additional') region.additional(municipalityId);
      else region.school(municipalityId);
      remaining -= 1;
    }
    region.flushMentorProfiles();
    region.events(plan.eventsPerRegion, plan.participantsPerEvent);
    region.monitoring();
  }
  return rows;
}
