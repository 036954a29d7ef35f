import { issueToken } from '@mentoring/platform/auth';
import { freePort, launchSystem, spawnService, waitForHealth, type RunningSystem } from '@mentoring/platform/launcher';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { sameData } from './compare.js';
import { prepareDatabase, type BenchDatabase, type Scale } from './database.js';
import { startHiveGateway, supergraphFor, type HiveGateway } from '@mentoring/gateway/hive';
import { runLoad, settle, type RunResult, type Target } from './load.js';
import { renderReport, withScaleSection, type ScenarioReport } from './report.js';
import { READ_SCENARIOS, WRITE_MIX, type RequestBody, type Role } from './scenarios.js';
import { checkWriteMix, runWriteMix, writeMixItems, writeMixTokens } from './write-mix.js';
import { FLOORS } from './floor/reads.js';

/**
 * `npm run bench -- --scale demo|region|nation [--seconds S] [--rounds R] [--connections C] [--scenario substring]
 * [--database-url URL] [--data-dir DIR]`: in one run, prepares (or reuses) a database (with --data-dir, the embedded
 * server's data is kept there and measured again by the next run at that scale), starts our federation on it (each service its
 * own process) and times that start, starts @graphql-hive/gateway twice on the same supergraph and subgraphs (with
 * and without its in-flight request sharing) and the SQL floor, checks the floor's answers against ours, and measures
 * every scenario in interleaved rounds: the reads, then the write mix (bench/src/write-mix.ts). Writes its scale's
 * section of bench/RESULTS.md (with --scenario, only the scenarios measured) and prints it.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'demo' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    scenario: { type: 'string' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
  },
});
const scale = values.scale as Scale;
if (!['demo', 'region', 'nation'].includes(scale)) throw new Error(`--scale is demo, region or nation, not ${scale}`);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const log = (line: string) => {
  console.error(`[bench] ${line}`);
};

const RATE_LIMITS_OFF = {
  // A benchmark is one client: the per-user and per-IP limits would measure themselves.
  RATE_LIMIT_PER_MINUTE_IP: '100000000',
  RATE_LIMIT_PER_MINUTE_USER: '100000000',
};

async function post(
  url: string,
  body: RequestBody,
  authorization?: string,
): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

async function main(): Promise<void> {
  const cleanup: (() => Promise<void>)[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'mentoring-bench-'));
  cleanup.push(() => {
    rmSync(folder, { recursive: true, force: true });
    return Promise.resolve();
  });
  try {
    const database: BenchDatabase = await prepareDatabase({
      scale,
      ...(values['database-url'] ? { databaseUrl: values['database-url'] } : {}),
      ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
      log,
    });
    cleanup.unshift(() => database.stop());
    const gatewaySecret = randomBytes(24).toString('base64url');
    const jwtSecret = randomBytes(32).toString('base64url');
    const launch = (healthTimeoutMs?: number) =>
      launchSystem({
        ...(healthTimeoutMs ? { healthTimeoutMs } : {}),
        databaseUrl: database.url,
        gatewaySecret,
        jwtSecret,
        demoData: true,
        ports: 'free',
        quiet: true,
        extraEnv: RATE_LIMITS_OFF,
      });
    if (database.needsDemoLoad) {
      log('first start: the services migrate and load the demo data');
      await (await launch(600_000)).stop();
    }
    log('starting the federation on existing data');
    const started = performance.now();
    const system: RunningSystem = await launch();
    const startSeconds = (performance.now() - started) / 1000;
    cleanup.unshift(() => system.stop());
    log(`federation up in ${startSeconds.toFixed(1)} s`);

    const floorPort = await freePort();
    const floorUrl = `http://127.0.0.1:${floorPort}/graphql`;
    const floor = spawnService(
      'sql-floor',
      fileURLToPath(new URL('./floor/server.ts', import.meta.url)),
      { DATABASE_URL: database.url, JWT_SECRET: jwtSecret, PORT: String(floorPort) },
      true,
    );
    cleanup.unshift(() => floor.stop());
    await waitForHealth(floor, floorUrl);

    const supergraph = supergraphFor(system.subgraphUrls, folder);
    const hives: Record<string, HiveGateway> = {};
    for (const [name, sharing] of [
      ['hive-default', true],
      ['hive-no-sharing', false],
    ] as const) {
      const hive = await startHiveGateway({
        name,
        supergraphFile: supergraph,
        port: await freePort(),
        gatewaySecret,
        sharing,
      });
      cleanup.unshift(() => hive.service.stop());
      hives[name] = hive;
    }

    const pid = (name: string) => {
      const found = system.services[name]?.child.pid;
      if (found === undefined) throw new Error(`no process for ${name}`);
      return found;
    };
    const subgraphs = Object.fromEntries(Object.keys(system.subgraphUrls).map((name) => [name, pid(name)]));
    const gatewayTargets = (gatewayPid: number, name: string, url: string): Target => ({
      name,
      url,
      processes: { gateway: gatewayPid, ...subgraphs },
    });
    const ours = gatewayTargets(pid('gateway'), 'ours', system.gatewayUrl);
    const hiveTargets = Object.entries(hives).map(([name, hive]) =>
      gatewayTargets(hive.service.child.pid ?? 0, name, hive.url),
    );
    const floorTarget: Target = { name: 'sql-floor', url: floorUrl, processes: { floor: floor.child.pid ?? 0 } };

    const tokenConfig = {
      kind: 'hs256' as const,
      secret: jwtSecret,
      issuer: 'mentoring-federation',
      audience: 'mentoring-federation',
    };
    const authorization: Record<Role, string | undefined> = {
      anonymous: undefined,
      operator: `Bearer ${await issueToken(tokenConfig, { subject: 'bench-operator', role: 'REGIONAL_OPERATOR', scope: { regionCode: '67' } })}`,
      analyst: `Bearer ${await issueToken(tokenConfig, { subject: 'bench-analyst', role: 'ANALYST', scope: {} })}`,
    };

    const reports: ScenarioReport[] = [];
    const chosen = READ_SCENARIOS.filter(
      (scenario) => !values.scenario || `${scenario.id} ${scenario.name}`.includes(values.scenario),
    );
    for (const scenario of chosen) {
      const token = authorization[scenario.role];
      const notes: string[] = [];
      // The previous scenario's abandoned requests are still running in every process: let them finish first.
      for (const target of [ours, ...hiveTargets, floorTarget]) await settle(target, database);
      // A scenario answering with errors would measure the error path, and a floor that computes less is no floor.
      const answer = await post(ours.url, scenario.body, token);
      if (answer.errors)
        throw new Error(`${scenario.id}: our gateway answers with errors: ${JSON.stringify(answer.errors)}`);
      const targets = [ours, ...hiveTargets];
      for (const hive of hiveTargets) {
        const hiveAnswer = await post(hive.url, scenario.body, token);
        const difference = sameData(answer.data, hiveAnswer.data, scenario.ordered);
        if (difference) throw new Error(`${scenario.id}: ${hive.name} answers differently: ${difference}`);
      }
      if (FLOORS[scenario.id]) {
        const floorAnswer = await post(floorUrl, scenario.body, token);
        const difference = floorAnswer.errors
          ? `errors ${JSON.stringify(floorAnswer.errors)}`
          : sameData(answer.data, floorAnswer.data, scenario.ordered);
        if (difference) throw new Error(`${scenario.id}: the SQL floor differs from our gateway: ${difference}`);
        targets.push(floorTarget);
      } else notes.push('no SQL floor written for this scenario yet: ours is compared with Hive only.');
      const runs: RunResult[] = [];
      for (let round = 0; round < rounds; round++) {
        const shift = round % targets.length;
        for (const target of [...targets.slice(shift), ...targets.slice(0, shift)]) {
          log(`${scenario.id} round ${round + 1}/${rounds}: ${target.name}`);
          runs.push(
            await runLoad({
              target,
              database,
              body: scenario.body,
              ...(token ? { authorization: token } : {}),
              seconds,
              connections,
            }),
          );
        }
      }
      reports.push({ id: scenario.id, name: scenario.name, runs, notes });
    }
    if (!values.scenario || `${WRITE_MIX.id} ${WRITE_MIX.name}`.includes(values.scenario)) {
      const items = await writeMixItems(database.url);
      const [firstItem] = items;
      if (!firstItem) throw new Error(`${WRITE_MIX.id}: no free mentor place and mentee in region 67`);
      const tokens = await writeMixTokens(tokenConfig, items);
      const targets = [ours, ...hiveTargets, floorTarget];
      for (const target of targets) await checkWriteMix(target, database.url, firstItem, tokens);
      const runs: RunResult[] = [];
      const mixes = new Map<string, number[]>();
      const notes: string[] = [
        `one mix is six requests; ${items.length} free mentor places of region 67 are the run's work, undone after every run. The floor checks no rule (territory, consents, capacity, dates): it is each change as one statement.`,
      ];
      for (let round = 0; round < rounds; round++) {
        const shift = round % targets.length;
        for (const target of [...targets.slice(shift), ...targets.slice(0, shift)]) {
          log(`${WRITE_MIX.id} round ${round + 1}/${rounds}: ${target.name}`);
          const run = await runWriteMix({ target, database, items, tokens, seconds, connections });
          runs.push(run);
          mixes.set(target.name, [...(mixes.get(target.name) ?? []), run.mixes / run.elapsedSeconds]);
          if (run.exhausted) notes.push(`${target.name} round ${round + 1} used every free place before ${seconds} s.`);
          if (run.firstFailure) notes.push(`${target.name} round ${round + 1}, first failure: ${run.firstFailure}`);
        }
      }
      notes.push(
        `mixes/s: ${[...mixes]
          .map(([name, list]) => `${name} ${(list.reduce((sum, value) => sum + value, 0) / list.length).toFixed(1)}`)
          .join(' · ')}`,
      );
      reports.push({ id: WRITE_MIX.id, name: WRITE_MIX.name, runs, notes });
    }
    const report = renderReport(
      {
        command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
        ...(values.scenario ? { partial: true } : {}),
        scale,
        seconds,
        rounds,
        connections,
        postgresVersion: database.serverVersion,
        statementsCounted: database.statementsCounted,
        startSeconds,
        ...(database.seeded ? { seeded: database.seeded } : {}),
      },
      reports,
    );
    const resultsFile = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
    const existing = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
    writeFileSync(resultsFile, withScaleSection(existing, scale, report, values.scenario !== undefined));
    console.log(report);
  } finally {
    for (const step of cleanup)
      await step().catch((error: unknown) => {
        log(`cleanup: ${String(error)}`);
      });
  }
}

await main();
