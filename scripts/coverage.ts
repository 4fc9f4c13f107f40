/**
 * Prints, per provider file, how many of its reference page's endpoints the catalog covers
 * and which are missing. `npx tsx scripts/coverage.ts [app…]`
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { ProviderFile } from '../packages/generator/src/provider-file.js';
import { missingReferenceEndpoints, readReference } from '../test/support/reference-coverage.js';

const dir = join(import.meta.dirname, '../providers');
const reference = readReference();
const only = process.argv.slice(2);
let total = 0;
let covered = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const app = file.replace(/\.yaml$/, '');
  if (only.length && !only.includes(app)) continue;
  const ref = reference[app];
  if (!ref) {
    console.log(`${app}: not in the reference index`);
    continue;
  }
  let provider: ProviderFile;
  try {
    provider = load(readFileSync(join(dir, file), 'utf8')) as ProviderFile;
  } catch (err) {
    console.log(`${app}: YAML error ${(err as Error).message.split('\n')[0]}`);
    continue;
  }
  const missing = missingReferenceEndpoints(ref.endpoints, provider.endpoints ?? []);
  total += ref.endpoints.length;
  covered += ref.endpoints.length - missing.length;
  console.log(`${app}: ${ref.endpoints.length - missing.length}/${ref.endpoints.length} reference endpoints, ${provider.endpoints?.length ?? 0} in catalog`);
  for (const m of missing) console.log(`  missing ${m}`);
}
console.log(`total: ${covered}/${total}`);
