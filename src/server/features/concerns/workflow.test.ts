import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { act, concernIn, DEPARTMENT, inputOf, PATHS, setRoute } from '../../../../tests/helpers/concerns.ts';
import type { ConcernAction, ConcernDetail, ConcernState } from '../../../contracts/concerns.ts';
import { CONCERN_ACTIONS } from '../../../contracts/concerns.ts';
import type { ApiError } from '../../../contracts/errors.ts';

/**
 * The workflow's state machine through the real API, written out by hand (not read
 * from the server's table): for every state, which role may take which action, what
 * each allowed action leads to, and how each forbidden one is refused — 404 for a
 * concern the caller cannot see, 409 for an action the state does not allow, 403
 * for a role that may not take it — with nothing changed.
 *
 * Raised by the supervisor (so the raiser holds no handling role), at the demo
 * counselor's outlet; the routing table sends facilities concerns to the handler's department.
 */
const env = fileTestEnv();
const ROLES = ['admin', 'counselor', 'handler', 'secretary', 'raiser', 'leader'] as const;
type Who = (typeof ROLES)[number];
const clients: Record<string, Client> = {};

beforeAll(async () => {
  for (const r of ROLES) clients[r] = await env.as(r === 'raiser' ? 'supervisor' : r);
  await setRoute(env, clients.admin!, 'JN01', 'facilities', DEPARTMENT);
});

/** Allowed actions per state and role. Empty: none. `hidden`: the role cannot read it. */
const ALLOWED: Record<ConcernState, Partial<Record<Who, ConcernAction[] | 'hidden'>>> = {
  submitted: {
    admin: ['resolve', 'escalate', 'reject'],
    counselor: ['resolve', 'escalate', 'reject'],
    handler: 'hidden',
  },
  returned: {
    admin: ['resolve', 'escalate', 'reject'],
    counselor: ['resolve', 'escalate', 'reject'],
    handler: 'hidden',
  },
  routed: { admin: ['escalate', 'accept', 'return'], handler: ['escalate', 'accept', 'return'] },
  accepted: {
    admin: ['resolve', 'escalate', 'accept', 'reassign', 'progress', 'return'].filter(
      (a) => a !== 'accept',
    ) as ConcernAction[],
    handler: ['resolve', 'escalate', 'reassign', 'progress', 'return'],
  },
  in_progress: {
    admin: ['resolve', 'escalate', 'reassign', 'progress'],
    handler: ['resolve', 'escalate', 'reassign', 'progress'],
  },
  reopened: {
    admin: ['resolve', 'escalate', 'reassign', 'progress'],
    handler: ['resolve', 'escalate', 'reassign', 'progress'],
  },
  on_agenda: { admin: ['decide', 'reject'] },
  resolved: { secretary: ['confirm', 'reopen'], raiser: ['confirm', 'reopen'] },
  closed: {},
  rejected: { handler: 'hidden' },
};

/** Where each action leads from each state (state, tier). */
const NEXT: Partial<Record<ConcernState, Partial<Record<ConcernAction, [ConcernState, number]>>>> = {
  submitted: { resolve: ['resolved', 1], escalate: ['routed', 2], reject: ['rejected', 1] },
  returned: { resolve: ['resolved', 1], escalate: ['routed', 2], reject: ['rejected', 1] },
  routed: { escalate: ['on_agenda', 3], accept: ['accepted', 2], return: ['returned', 1] },
  accepted: {
    resolve: ['resolved', 2],
    escalate: ['on_agenda', 3],
    reassign: ['accepted', 2],
    progress: ['in_progress', 2],
    return: ['returned', 1],
  },
  in_progress: {
    resolve: ['resolved', 2],
    escalate: ['on_agenda', 3],
    reassign: ['in_progress', 2],
    progress: ['in_progress', 2],
  },
  reopened: {
    resolve: ['resolved', 2],
    escalate: ['on_agenda', 3],
    reassign: ['reopened', 2],
    progress: ['in_progress', 2],
  },
  on_agenda: { reject: ['rejected', 3] },
  resolved: { confirm: ['closed', 2], reopen: ['reopened', 2] },
};

const allowedFor = (state: ConcernState, who: Who): ConcernAction[] | 'hidden' => ALLOWED[state][who] ?? [];
/** Actions some role may take in this state: anyone else is refused with 403, not 409. */
const possible = (state: ConcernState) =>
  new Set(Object.values(ALLOWED[state]).flatMap((a) => (a === 'hidden' ? [] : a)));

const STATES = Object.keys(PATHS) as ConcernState[];

describe('allowed actions and refusals, per state and role', () => {
  for (const state of STATES) {
    it(`${state}: each role sees its actions; every other action is refused and changes nothing`, async () => {
      const c = await concernIn(env, clients, state);
      for (const who of ROLES) {
        const allowed = allowedFor(state, who);
        const seen = await clients[who]!.get<ConcernDetail>(`/api/concerns/${c.id}`);
        if (allowed === 'hidden') {
          expect(seen.status, `${who} reads ${state}`).toBe(404);
        } else {
          expect(seen.status, `${who} reads ${state}`).toBe(200);
          expect([...seen.body.allowedActions].sort(), `${who} in ${state}`).toEqual([...allowed].sort());
        }
        for (const action of CONCERN_ACTIONS) {
          if (allowed !== 'hidden' && allowed.includes(action) && action !== 'decide') continue;
          const res = await clients[who]!.post<ApiError>(`/api/concerns/${c.id}/transitions`, {
            action,
            version: c.version,
            ...inputOf(env)[action],
          });
          // The leader only reads: refused at the door (no concerns.act) whatever the concern's state.
          const expected =
            who === 'leader'
              ? 403
              : allowed === 'hidden'
                ? 404
                : action === 'decide' || !possible(state).has(action)
                  ? 409
                  : 403;
          expect(res.status, `${who} ${action} in ${state}: ${JSON.stringify(res.body)}`).toBe(expected);
          if (expected === 409) expect(res.body.code).toBe('CONFLICT');
        }
      }
      const after = await clients.admin!.get<ConcernDetail>(`/api/concerns/${c.id}`);
      expect(after.body.version).toBe(c.version);
      expect(after.body.events).toHaveLength(c.events.length);
    });
  }
});

describe('allowed transitions lead where the workflow says', () => {
  for (const state of STATES) {
    for (const who of ROLES) {
      const allowed = allowedFor(state, who);
      if (allowed === 'hidden') continue;
      for (const action of allowed) {
        if (action === 'decide') continue; // through the committee meeting (committee.test.ts)
        it(`${who} ${action} from ${state}`, async () => {
          const c = await concernIn(env, clients, state);
          const res = await act(clients[who]!, c.id, action, inputOf(env)[action]);
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          const [toState, toTier] = NEXT[state]![action]!;
          expect([res.body.state, res.body.tier]).toEqual([toState, toTier]);
          expect(res.body.version).toBe(c.version + 1);
          const last = res.body.events.at(-1)!;
          expect([last.kind, last.fromState, last.toState]).toEqual([action, state, toState]);
        });
      }
    }
  }
});
