/** The catalog reader's path matching and the lexical search over the whole registry. */
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../../packages/gateway/src/catalog/catalog.js';
import { SearchIndex, words } from '../../../../packages/gateway/src/catalog/search.js';
import { ROOT } from '../../../support/gateway.js';

const catalog = Catalog.beside(`${ROOT}/generated/routes.json`);

describe('Catalog.match', () => {
  it('matches templates, preferring literal segments, HEAD as GET, ignoring a trailing slash', () => {
    expect(catalog.match('slack', 'POST', '/api/chat.postMessage')?.id).toBe('chatPostMessage');
    expect(catalog.match('hubspot', 'GET', '/crm/v3/objects/contacts/123')?.id).toBe('getContact');
    expect(catalog.match('hubspot', 'POST', '/crm/v3/objects/contacts/search')?.id).toBe('searchContacts');
    expect(catalog.match('hubspot', 'HEAD', '/crm/v3/objects/contacts/')?.id).toBe('listContacts');
    expect(catalog.match('hubspot', 'GET', '/crm/v3/objects/contacts/1/2/3')).toBeUndefined();
    expect(catalog.match('hubspot', 'GET', '/crm/v3/objects/contacts//')).toBeUndefined();
    expect(catalog.match('no-such-app', 'GET', '/')).toBeUndefined();
  });

  it('matches gateway-filled :segments as one segment', () => {
    const op = catalog.app('quickbooks')!.file.operations.find((o) => o.path.includes(':realmId') && o.method === 'GET' && !o.path.includes('{'))!;
    expect(catalog.match('quickbooks', 'GET', op.path.replace(':realmId', '9130'))?.id).toBe(op.id);
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex(catalog.all());

  it('splits ids, paths and prose into folded words', () => {
    expect(words('chat.postMessage')).toEqual(['chat', 'post', 'message']);
    expect(words('List the companies of an HTMLPage')).toEqual(['list', 'company', 'html', 'page']);
  });

  it('covers every operation of the registry', () => {
    const total = catalog.all().reduce((n, a) => n + a.file.operations.length, 0);
    expect(index.size).toBe(total);
    expect(total).toBeGreaterThan(3000);
  });

  it.each([
    ['send a message to a Slack channel', 'slack', 'chatPostMessage'],
    ['create a contact in HubSpot', 'hubspot', 'createContact'],
    ['list github pull requests', 'github', 'listPulls'],
  ])('"%s" ranks %s %s first', (query, app, id) => {
    const [top] = index.search(query, { limit: 5 });
    expect([top!.app, top!.op.id]).toEqual([app, id]);
  });

  it('filters by app and answers nothing for words no operation has', () => {
    expect(index.search('message', { app: 'hubspot', limit: 50 }).every((h) => h.app === 'hubspot')).toBe(true);
    expect(index.search('zzqx qqzy', { limit: 5 })).toEqual([]);
  });
});
