/**
 * Builds test/fixtures/reference-endpoints.json from the public reference pages in
 * ../shared/reference/maton: per app, the upstream host of the seeds' table and every
 * distinct `METHOD /path` line (the app prefix and query string removed). The registry
 * tests compare the catalogs against this file, so CI needs no access to ../shared.
 *
 *   npx tsx scripts/reference-endpoints.ts [referenceDir]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const refDir = process.argv[2] ?? join(import.meta.dirname, '../../shared/reference/maton');
const missionFile = join(refDir, '../mission-apps.txt');
const out = join(import.meta.dirname, '../test/fixtures/reference-endpoints.json');

const FOLDER_APP: Record<string, string> = { 'granola-mcp': 'granola', 'notion-mcp': 'notion', 'sunsama-mcp': 'sunsama' };

interface AppEntry {
  name: string;
  host: string;
  seedHosts: string[]; // what the seeds' "Supported Services" table says, one per row naming the app
  mission: boolean;
  endpointCount: number;
  endpoints: string[];
}

const index = readFileSync(join(refDir, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1);
const mission = new Set(readFileSync(missionFile, 'utf8').split(/\s+/).filter(Boolean));
const apps: Record<string, AppEntry> = {};
for (const row of index) {
  const [app, name, host, , count] = row.split('\t');
  const entry = (apps[app!] ??= { name: name!, host: host!, seedHosts: [], mission: mission.has(app!), endpointCount: 0, endpoints: [] });
  entry.endpointCount += Number(count);
  if (name!.includes('MCP') && app === 'notion') continue; // keep the REST host for notion
  entry.host = host!;
  entry.name = name!;
}

const LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) +(\/\S*)/;
for (const file of readdirSync(refDir).filter((f) => f.endsWith('.md') && !f.includes('.triggers.') && !f.startsWith('SKILL'))) {
  const folder = file.replace(/\.md$/, '');
  const app = FOLDER_APP[folder] ?? folder;
  const entry = apps[app];
  if (!entry) continue;
  const set = new Set(entry.endpoints);
  for (const line of readFileSync(join(refDir, file), 'utf8').split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    let path = m[2]!.replace(/\?.*$/, '');
    if (path === `/${app}`) path = '/';
    else if (path.startsWith(`/${app}/`)) path = path.slice(app.length + 1);
    set.add(`${m[1]} ${path}`);
  }
  entry.endpoints = [...set].sort();
}
for (const app of mission) if (!apps[app]) throw new Error(`mission app ${app} is not in INDEX.tsv`);

// The seeds' table (seed 001 has every row): "… Display Name app-name host …" on one line.
const seed = readFileSync(join(refDir, '../../seeds/001_4104ae05f06ee6fc.txt'), 'utf8');
const table = seed.slice(seed.indexOf('Supported Services Service App Name Base URL Proxied'), seed.indexOf('See references/'));
for (const [app, entry] of Object.entries(apps)) {
  const re = new RegExp(`(?=\\s${app.replace(/[-]/g, '\\-')}\\s(User's \\S+ instance|MCP server|\\S+))`, 'g');
  entry.seedHosts = [...table.matchAll(re)].map((m) => m[1]!).filter((h) => h !== app);
}
const sorted = Object.fromEntries(Object.entries(apps).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(out, `${JSON.stringify(sorted, null, 2)}\n`);
const total = Object.values(sorted).reduce((n, a) => n + a.endpoints.length, 0);
console.log(`${Object.keys(sorted).length} apps, ${total} reference endpoints -> ${out}`);
