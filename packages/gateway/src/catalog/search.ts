/**
 * Lexical search over the whole action catalog, for agents that describe what they want in
 * words ("send a message to a Slack channel"): BM25 over each operation's id (camelCase and
 * dots split), summary, group, path words and its app's names, with a few verb synonyms at half
 * weight. No network and no model: the index is built once, in memory, on first use.
 */
import type { CatalogOperation } from '@switchboard/contract';
import type { CatalogApp } from './catalog.js';

export interface SearchHit {
  app: string;
  appName: string;
  op: CatalogOperation;
  score: number;
}

const STOP = new Set('a an and are as at be by do for from how i in into is it me my of on or our the this to up we with you your'.split(' '));

/** Words an agent uses for the words a catalog uses (both ways where it makes sense). */
const SYNONYMS: Record<string, string[]> = {
  send: ['post', 'create'],
  post: ['send', 'create'],
  create: ['add', 'new', 'post', 'insert'],
  add: ['create', 'insert'],
  new: ['create'],
  remove: ['delete'],
  delete: ['remove', 'archive'],
  update: ['edit', 'modify', 'patch', 'change'],
  edit: ['update'],
  change: ['update'],
  list: ['get', 'all', 'search'],
  get: ['retrieve', 'fetch', 'read', 'list'],
  fetch: ['get', 'retrieve'],
  read: ['get', 'retrieve'],
  find: ['search', 'query', 'list'],
  search: ['find', 'query', 'list'],
  query: ['search', 'find'],
  email: ['mail', 'message'],
  mail: ['email', 'message'],
  message: ['msg', 'chat'],
  person: ['contact', 'people', 'user'],
  people: ['contact', 'person', 'user'],
  customer: ['contact', 'client'],
  file: ['document', 'upload'],
  upload: ['file'],
  invite: ['add'],
};

/** Lower-case words of a text: camelCase, dots, slashes and punctuation split; plural "s" folded. */
export function words(text: string): string[] {
  const out: string[] = [];
  const spaced = text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  for (const raw of spaced.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP.has(raw)) continue;
    out.push(fold(raw));
  }
  return out;
}

function fold(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

interface Doc {
  app: CatalogApp;
  op: CatalogOperation;
  length: number;
}

const K1 = 1.2;
const B = 0.75;

export class SearchIndex {
  private readonly docs: Doc[] = [];
  /** word → [doc index, weighted term frequency] */
  private readonly postings = new Map<string, [number, number][]>();
  private readonly avgLength: number;

  constructor(apps: CatalogApp[]) {
    let total = 0;
    for (const app of apps) {
      const appWords = [...words(app.file.app), ...words(app.file.name)];
      for (const op of app.file.operations) {
        const tf = new Map<string, number>();
        const add = (list: string[], weight: number) => {
          for (const w of list) tf.set(w, (tf.get(w) ?? 0) + weight);
        };
        add(words(op.id), 3);
        add(words(op.summary), 2);
        add(words(op.group), 1);
        add(words(op.path.replace(/\{[^}]*\}|:[A-Za-z_]\w*/g, ' ')), 1);
        add(appWords, 2);
        if (op.tool) add(words(op.tool), 2);
        const index = this.docs.length;
        let length = 0;
        for (const [w, f] of tf) {
          length += f;
          let list = this.postings.get(w);
          if (!list) this.postings.set(w, (list = []));
          list.push([index, f]);
        }
        this.docs.push({ app, op, length });
        total += length;
      }
    }
    this.avgLength = this.docs.length ? total / this.docs.length : 1;
  }

  get size(): number {
    return this.docs.length;
  }

  search(query: string, options: { app?: string; limit: number }): SearchHit[] {
    const terms = new Map<string, number>(); // word → query weight
    for (const w of words(query)) {
      terms.set(w, Math.max(terms.get(w) ?? 0, 1));
      for (const s of SYNONYMS[w] ?? []) if (!terms.has(s)) terms.set(s, 0.5);
    }
    const scores = new Map<number, number>();
    const n = this.docs.length;
    for (const [w, weight] of terms) {
      const list = this.postings.get(w);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [i, f] of list) {
        const d = this.docs[i]!;
        if (options.app !== undefined && d.app.file.app !== options.app) continue;
        const s = (idf * weight * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * d.length) / this.avgLength));
        scores.set(i, (scores.get(i) ?? 0) + s);
      }
    }
    const ranked = [...scores].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, options.limit);
    return ranked.map(([i, score]) => {
      const d = this.docs[i]!;
      return { app: d.app.file.app, appName: d.app.file.name, op: d.op, score };
    });
  }
}
