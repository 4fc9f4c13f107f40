// The benchmarks' one way into bench/RESULTS.md: each writes its own section, between
// `<!-- bench:NAME start -->` and `<!-- bench:NAME end -->`, replacing the one there or
// appending it; the rest of the file (hand-written runs and readings) is kept as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('RESULTS.md', import.meta.url));

/** `section` holds its own start and end markers. */
export function writeResultsSection(name, section) {
  let text;
  try {
    text = readFileSync(FILE, 'utf8');
  } catch {
    text = '# Benchmarks\n\n';
  }
  const re = new RegExp(`<!-- bench:${name} start -->[\\s\\S]*<!-- bench:${name} end -->`);
  // A function replacement: a `$` in the section is text, not a pattern.
  writeFileSync(FILE, re.test(text) ? text.replace(re, () => section) : `${text.trimEnd()}\n\n${section}\n`);
}
