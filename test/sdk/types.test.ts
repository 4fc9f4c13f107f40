/**
 * The argument types the generated clients get from the SDK's helpers. The assertions are
 * compile-time: test/generator/typecheck.test.ts compiles this file with tsc (a regression is a
 * type error there); the runtime cases only check the binder hands the arguments through.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { apify } from '../../generated/clients/apify.js';
import { github } from '../../generated/clients/github.js';
import { notion } from '../../generated/clients/notion.js';
import { slack } from '../../generated/clients/slack.js';
import { stripe } from '../../generated/clients/stripe.js';
import type { operations as NotionOps } from '../../generated/types/notion.js';
import type { operations as SlackOps } from '../../generated/types/slack.js';
import { bindClient, Switchboard, type Args, type Call, type Result, type Routes } from '../../packages/sdk/src/index.js';

// Never called: the functions below only have to compile.
const sb = new Switchboard({ baseUrl: 'http://127.0.0.1:1', apiKey: 'sbk_test' });

export function optionalBodies(): void {
  // Optional request bodies (`requestBody?:` in the schema types) take a body, or none.
  void notion(sb).search({ body: { query: 'meeting notes' } });
  void notion(sb).search();
  void notion(sb).search.pages({ body: { query: 'x' } });
  void stripe(sb).createCustomer({ body: { email: 'a@example.com' } });
  void stripe(sb).createCustomer();
  void apify(sb).runActor({ params: { actorId: 'apify~web-scraper' }, body: {} });
  void apify(sb).runActor({ params: { actorId: 'apify~web-scraper' } });
  void github(sb).mergePull({ params: { owner: 'o', repo: 'r', pull_number: 1 }, body: { merge_method: 'squash' } });
  void github(sb).mergePull({ params: { owner: 'o', repo: 'r', pull_number: 1 } });
  // ...but still a typed one.
  // @ts-expect-error query is a string
  void notion(sb).search({ body: { query: 1 } });
}

export function requiredParts(): void {
  // A required body stays required, and so does the argument holding it.
  // @ts-expect-error chat.postMessage needs its body
  void slack(sb).chatPostMessage();
  // @ts-expect-error channel is required
  void slack(sb).chatPostMessage({ body: { text: 'hi' } });
  void slack(sb).chatPostMessage({ body: { channel: 'C1', text: 'hi' } }, { connection: 'c', signal: AbortSignal.timeout(1000) });
  // No body where the operation has none.
  // @ts-expect-error auth.test takes no body
  void slack(sb).authTest({ body: {} });
  void slack(sb).authTest();
  // Path parameters are required.
  // @ts-expect-error params missing
  void apify(sb).runActor({ body: {} });
}

export function shapes(): void {
  expectTypeOf<Args<NotionOps['search']>>().toHaveProperty('body');
  expectTypeOf<{}>().toExtend<Args<NotionOps['search']>>();
  expectTypeOf<Args<SlackOps['chatPostMessage']>['body']>().toExtend<{ channel: string }>();
  expectTypeOf(slack(sb).chatPostMessage).returns.toEqualTypeOf<Promise<Result<SlackOps['chatPostMessage']['responses'][200]['content']['application/json']>>>();
  expectTypeOf(slack(sb).conversationsList.pages).returns.toExtend<AsyncGenerator<unknown, void, undefined>>();
}

describe('bindClient', () => {
  it('binds one method per route, with pages() only where the route pages', () => {
    interface Mini {
      ping: Call<SlackOps['authTest']>;
    }
    const routes: Routes<Mini & { list: unknown }> = {
      ping: { method: 'GET', path: '/api/auth.test' },
      list: { method: 'GET', path: '/api/conversations.list', paging: { style: 'cursor', cursorParam: 'cursor', nextCursor: 'next' } },
    };
    const client = bindClient<Record<string, unknown>>(sb, 'slack', routes);
    expect(Object.keys(client)).toEqual(['ping', 'list']);
    expect(typeof client.ping).toBe('function');
    expect('pages' in (client.ping as object)).toBe(false);
    expect(typeof (client.list as { pages?: unknown }).pages).toBe('function');
  });

  it('sends REST arguments as given, and GraphQL variables or JSON-RPC params as the body', async () => {
    const sent: { url: string; body: unknown }[] = [];
    const fake = new Switchboard({
      baseUrl: 'http://gw.test',
      apiKey: 'sbk_test',
      fetch: async (url, init) => {
        sent.push({ url: String(url), body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body });
        return new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
      },
    });
    const client = bindClient<Record<string, (args?: unknown) => Promise<Result<unknown>>>>(fake, 'demo', {
      rest: { method: 'POST', path: '/things/{id}', body: 'application/json' },
      gql: { method: 'POST', path: '/graphql', graphql: { document: 'query Q($n: Int) { x }', operationName: 'Q' } },
      rpc: { method: 'POST', path: '/rpc', body: 'application/json', bodyArg: true },
    });
    await client.rest!({ params: { id: 7 }, body: { a: 1 } });
    await client.gql!({ n: 2 });
    await client.rpc!({ p: 3 });
    expect(sent).toEqual([
      { url: 'http://gw.test/demo/things/7', body: { a: 1 } },
      { url: 'http://gw.test/demo/graphql', body: { query: 'query Q($n: Int) { x }', variables: { n: 2 }, operationName: 'Q' } },
      { url: 'http://gw.test/demo/rpc', body: { p: 3 } },
    ]);
  });
});
