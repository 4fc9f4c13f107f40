/** packages/gateway/src/accounts/policy.ts: parsing what the control API receives, and deciding. */
import { describe, expect, it } from 'vitest';
import type { CatalogOperation } from '@switchboard/contract';
import { compilePolicy, parsePolicy, refusal } from '../../../../packages/gateway/src/accounts/policy.js';
import { GatewayError } from '../../../../packages/gateway/src/errors.js';

const op = (id: string, safe = false) => ({ id, safe }) as CatalogOperation;
const decide = (policy: object, app: string, method: string, path: string, o?: CatalogOperation) => refusal(compilePolicy(parsePolicy(policy)!), app, method, path, () => o)?.rule;

describe('parsePolicy', () => {
  it('takes the four settings and null', () => {
    expect(parsePolicy(null)).toBeNull();
    expect(parsePolicy({ apps: ['slack'], allow: ['slack.*'], deny: ['DELETE /slack/**'], readOnly: false })).toEqual({ apps: ['slack'], allow: ['slack.*'], deny: ['DELETE /slack/**'], readOnly: false });
  });

  it.each([
    [[], 'policy'],
    [{ apps: ['Slack!'] }, 'policy.apps[0]'],
    [{ apps: Array.from({ length: 201 }, (_, i) => `a${i}`) }, 'policy.apps'],
    [{ allow: ['slack'] }, 'policy.allow[0]'],
    [{ deny: ['FETCH /x'] }, 'policy.deny[0]'],
    [{ deny: [''] }, 'policy.deny'],
    [{ readOnly: 1 }, 'policy.readOnly'],
    [{ admin: true }, 'policy.admin'],
  ])('refuses %j naming %s', (input, field) => {
    try {
      parsePolicy(input);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(GatewayError);
      expect((err as GatewayError).field).toBe(field);
    }
  });
});

describe('refusal', () => {
  it('apps first, then deny, then allow, then read-only', () => {
    expect(decide({ apps: ['slack'] }, 'hubspot', 'GET', '/x')).toBe('apps');
    expect(decide({ apps: ['slack'] }, 'slack', 'POST', '/api/chat.postMessage')).toBeUndefined();
    expect(decide({ deny: ['slack.chat*'], allow: ['slack.*'] }, 'slack', 'POST', '/api/chat.postMessage', op('chatPostMessage'))).toBe('deny[0]');
    expect(decide({ allow: ['slack.auth*'] }, 'slack', 'POST', '/api/chat.postMessage', op('chatPostMessage'))).toBe('allow');
    expect(decide({ readOnly: true }, 'slack', 'POST', '/api/chat.postMessage', op('chatPostMessage'))).toBe('readOnly');
    expect(decide({ readOnly: true }, 'hubspot', 'POST', '/crm/v3/objects/contacts/search', op('searchContacts', true))).toBeUndefined();
    expect(decide({ readOnly: true }, 'slack', 'HEAD', '/api/x')).toBeUndefined();
    // A write to a path the catalog does not know is no safe operation.
    expect(decide({ readOnly: true }, 'slack', 'POST', '/api/unknown')).toBe('readOnly');
  });

  it('path globs: * within a segment, ** across, methods exact or *', () => {
    const p = { deny: ['DELETE /hubspot/**', '* /slack/api/admin.*'] };
    expect(decide(p, 'hubspot', 'DELETE', '/crm/v3/objects/contacts/1')).toBe('deny[0]');
    expect(decide(p, 'hubspot', 'GET', '/crm/v3/objects/contacts/1')).toBeUndefined();
    expect(decide(p, 'slack', 'POST', '/api/admin.users.list')).toBe('deny[1]');
    expect(decide(p, 'slack', 'POST', '/api/admin/users')).toBeUndefined();
    // A glob is anchored: the app segment is part of it.
    expect(decide({ allow: ['GET /slack/**'] }, 'slack-two', 'GET', '/slack/x')).toBe('allow');
    // Regular-expression characters in a rule are literal.
    expect(decide({ allow: ['GET /slack/api/a.b'] }, 'slack', 'GET', '/api/aXb')).toBe('allow');
  });

  it('on an endpoint of many operations, id rules naming the app fail closed; app.* still allows', () => {
    const opaque = (policy: object, app: string) => refusal(compilePolicy(parsePolicy(policy)!), app, 'POST', '/graphql', () => op('graphql'), () => true)?.rule;
    expect(opaque({ deny: ['linear.createIssue'] }, 'linear')).toBe('deny[0]');
    expect(opaque({ deny: ['*.delete*'] }, 'linear')).toBe('deny[0]');
    expect(opaque({ deny: ['github.createIssue'] }, 'linear')).toBeUndefined();
    expect(opaque({ allow: ['linear.get*'] }, 'linear')).toBe('allow');
    expect(opaque({ allow: ['linear.*'] }, 'linear')).toBeUndefined();
    expect(opaque({ allow: ['linear.graphql'] }, 'linear')).toBeUndefined();
  });

  it('id rules never match a request the catalog cannot name', () => {
    expect(decide({ deny: ['slack.*'] }, 'slack', 'GET', '/api/unknown')).toBeUndefined();
    expect(decide({ allow: ['slack.*'] }, 'slack', 'GET', '/api/unknown')).toBe('allow');
    expect(decide({ deny: ['*.delete*'] }, 'hubspot', 'DELETE', '/x', op('deleteContact'))).toBe('deny[0]');
  });
});
