/**
 * Issue 13: a connect page for an OAuth app whose client the operator has not registered used to
 * show the "Continue to …" button anyway (the click then failed) and never said what was missing.
 * Now that method's section names the two settings instead of offering the button; once they are
 * set the button is back. Other methods of the same app stay usable.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../../support/gateway.js';

let gw: TestGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

async function connectPageFor(g: TestGateway, app: string, method: string): Promise<string> {
  const created = await g.connect({ app, method });
  const url = (created as { url?: string }).url;
  expect(url).toBeTruthy();
  const res = await fetch(url!.replace(/^https?:\/\/[^/]+/, g.url));
  expect(res.status).toBe(200);
  return res.text();
}

describe('a connect page for an OAuth sign-in the operator has not set up', () => {
  it('names the missing settings instead of offering a button that fails, and keeps the API-key form', async () => {
    gw = await startGateway();
    const html = await connectPageFor(gw, 'slack', 'OAUTH2');
    expect(html).toContain('SWITCHBOARD_OAUTH_SLACK_CLIENT_ID');
    expect(html).toContain('SWITCHBOARD_OAUTH_SLACK_CLIENT_SECRET');
    expect(html).not.toMatch(/Continue to Slack/);
    expect(html).toMatch(/<form method="post" action="\/connect">/); // the bot-token form is still there
  });

  it('offers the sign-in once the client is configured', async () => {
    gw = await startGateway({ env: { SWITCHBOARD_OAUTH_SLACK_CLIENT_ID: 'client-id-123', SWITCHBOARD_OAUTH_SLACK_CLIENT_SECRET: 'client-secret-456' } });
    const html = await connectPageFor(gw, 'slack', 'OAUTH2');
    expect(html).toMatch(/Continue to Slack/);
    expect(html).not.toContain('SWITCHBOARD_OAUTH_SLACK_CLIENT_ID');
  });

  it('OAuth 1.0a needs the consumer secret too', async () => {
    gw = await startGateway({ env: { SWITCHBOARD_OAUTH_TRELLO_CLIENT_ID: 'consumer-key-only' } });
    const html = await connectPageFor(gw, 'trello', 'OAUTH1');
    expect(html).toContain('SWITCHBOARD_OAUTH_TRELLO_CLIENT_SECRET');
  });
});
