import {
  readSubgraphList,
  REPO_ROOT,
  SUBGRAPH_LIST_FILE,
  SUPERGRAPH_FILE,
  type SubgraphEntry,
} from '@mentoring/platform/config';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { PERSISTED_OPERATIONS_DIR } from '../config.js';
import { membersOf } from '../compose.js';
import { checkFederation, subgraphNameProblem } from './federation-check.js';
import type { PolicyRefusal } from './policy.js';

/** The files a federation is made of; the repository's own by default, a copy in tests. */
export interface FederationFiles {
  /** schema/subgraphs.json */
  listFile: string;
  /** schema/supergraph.graphql, which a running gateway follows. */
  supergraphFile: string;
  /** Where the SDL of joined subgraphs is kept: schema/external/<name>.graphql. */
  externalDir: string;
  /** The registered operations that must keep validating. */
  operationsDir: string;
}

export const REPOSITORY_FILES: FederationFiles = {
  listFile: SUBGRAPH_LIST_FILE,
  supergraphFile: SUPERGRAPH_FILE,
  externalDir: join(dirname(SUBGRAPH_LIST_FILE), 'external'),
  operationsDir: PERSISTED_OPERATIONS_DIR,
};

export type FederateOutcome =
  { ok: true; message: string } | { ok: false; refusals: PolicyRefusal[] } | { ok: false; problem: string };

/** The largest SDL taken from a joining subgraph: a schema, not a dump. */
const MAX_SDL_BYTES = 1_000_000;
const INTROSPECTION_TIMEOUT_MS = 10_000;

/**
 * A joining subgraph's SDL as it serves it (`{ _service { sdl } }`, the federation's own query). Nothing of ours is
 * sent: no token, no secret, no cookie.
 */
export async function introspectSdl(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
    signal: AbortSignal.timeout(INTROSPECTION_TIMEOUT_MS),
  });
  const text = await readCapped(response, MAX_SDL_BYTES);
  const body = JSON.parse(text) as { data?: { _service?: { sdl?: unknown } }; errors?: { message: string }[] };
  const sdl = body.data?._service?.sdl;
  if (typeof sdl !== 'string')
    throw new Error(
      `no _service.sdl in the answer (HTTP ${response.status}${body.errors ? `: ${body.errors[0]?.message}` : ''})`,
    );
  return sdl;
}

/** The body read up to a limit, so that a joiner cannot fill our memory with its answer. */
async function readCapped(response: Response, limit: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += (chunk as Uint8Array).byteLength;
    if (size > limit) throw new Error(`the answer is over ${limit} bytes`);
    chunks.push(chunk as Uint8Array);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Written next to the file and renamed over it: a gateway polling the file reads the old one or the new, never half. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** The list as prettier leaves it (short arrays of names on one line), so a join changes only the joiner's lines. */
const listText = (entries: SubgraphEntry[]) =>
  `${JSON.stringify({ subgraphs: entries }, null, 2).replace(/\[\s+("[^"\n]*"(?:,\s+"[^"\n]*")*)\s+\]/g, (_all, items: string) => `[${items.replace(/,\s+/g, ', ')}]`)}\n`;

/** A path as the list keeps it: relative to the repository when inside it, as ours are. */
const listedPath = (file: string) => {
  const inside = relative(REPO_ROOT, file);
  return inside.startsWith('..') || isAbsolute(inside) ? file : inside;
};

function checkUrl(url: string, ours: SubgraphEntry[]): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password)
      return `«${parsed.host}»: адрес не содержит учётных данных; the URL may not carry credentials: they would be committed with the list.`;
    if (ours.some((entry) => new URL(entry.url).host === parsed.host))
      return `«${parsed.host}» — адрес нашего подграфа; the URL is one of our subgraphs' addresses.`;
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return undefined;
  } catch {
    // Reported below.
  }
  return `«${url}» — не адрес http(s); the subgraph's URL must be an http(s) address such as https://mentoring.region.ru/graphql.`;
}

/**
 * Joins another region's subgraph (or takes a new version of one that joined): checks it against every rule, and
 * only then writes its SDL, the list and the supergraph. A refusal writes nothing.
 */
export async function addSubgraph(
  files: FederationFiles,
  name: string,
  url: string,
  sdl: string,
): Promise<FederateOutcome> {
  const listed = readSubgraphList(files.listFile);
  const existing = listed.find((entry) => entry.name === name);
  if (existing?.ours)
    return { ok: false, problem: `«${name}» — наш подграф; "${name}" is one of our subgraphs: choose another name.` };
  const urlProblem = checkUrl(
    url,
    listed.filter((entry) => entry.ours),
  );
  if (urlProblem) return { ok: false, problem: urlProblem };
  const nameProblem = subgraphNameProblem(name);
  if (nameProblem) return { ok: false, problem: nameProblem };
  if (Buffer.byteLength(sdl) > MAX_SDL_BYTES)
    return { ok: false, problem: `Схема больше ${MAX_SDL_BYTES} байт; the schema is over ${MAX_SDL_BYTES} bytes.` };
  const schemaFile = join(files.externalDir, `${name}.graphql`);
  const entry: SubgraphEntry = { name, url, schema: listedPath(schemaFile), ours: false };
  const current = membersOf(listed);
  const next = [...current.filter((member) => member.name !== name), { name, url, sdl, ours: false }];
  // A new version may drop what the joiner itself brought before (after deprecating it, docs/federating-in.md §2).
  const previous = current.find((member) => member.name === name);
  const check = await checkFederation({
    next,
    current,
    ...(previous ? { leaving: previous } : {}),
    operationsDir: files.operationsDir,
  });
  if (!check.ok) return check;
  writeAtomically(schemaFile, sdl.endsWith('\n') ? sdl : `${sdl}\n`);
  writeAtomically(files.listFile, listText([...listed.filter((other) => other.name !== name), entry]));
  writeAtomically(files.supergraphFile, check.supergraphSdl);
  return {
    ok: true,
    message: `${existing ? 'Updated' : 'Joined'} «${name}» at ${url}; wrote ${files.supergraphFile}. A running gateway takes it within seconds.`,
  };
}

/** Lets another region's subgraph leave: what only it provided goes, nothing else may break. */
export async function removeSubgraph(files: FederationFiles, name: string): Promise<FederateOutcome> {
  const listed = readSubgraphList(files.listFile);
  const leaving = listed.find((entry) => entry.name === name);
  if (!leaving) return { ok: false, problem: `Подграфа «${name}» нет в федерации; no subgraph "${name}" has joined.` };
  if (leaving.ours)
    return { ok: false, problem: `«${name}» — наш подграф; "${name}" is one of our subgraphs and cannot be removed.` };
  const current = membersOf(listed);
  const remaining = listed.filter((entry) => entry.name !== name);
  const [leavingMember] = membersOf([leaving]);
  const check = await checkFederation({
    next: current.filter((member) => member.name !== name),
    current,
    ...(leavingMember ? { leaving: leavingMember } : {}),
    operationsDir: files.operationsDir,
  });
  if (!check.ok) return check;
  writeAtomically(files.listFile, listText(remaining));
  writeAtomically(files.supergraphFile, check.supergraphSdl);
  rmSync(join(files.externalDir, `${name}.graphql`), { force: true });
  return { ok: true, message: `«${name}» left the federation; wrote ${files.supergraphFile}.` };
}

/** The whole list against the rules, as CI runs it: every subgraph that is not ours, and every operation. */
export async function checkList(files: FederationFiles): Promise<FederateOutcome> {
  const members = membersOf(readSubgraphList(files.listFile));
  const check = await checkFederation({ next: members, operationsDir: files.operationsDir });
  if (!check.ok) return check;
  const written = readFileSync(files.supergraphFile, 'utf8');
  if (written !== check.supergraphSdl)
    return {
      ok: false,
      problem: `${files.supergraphFile} is not the composition of ${files.listFile}: run npm run compose.`,
    };
  return { ok: true, message: `${members.length} subgraphs comply; the supergraph is current.` };
}
