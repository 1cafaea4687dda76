import type { ConcernDetail, ConcernState } from '../../src/contracts/concerns.ts';
import type { TestEnv } from './app.ts';
import type { Client, HttpResponse } from './client.ts';

/** The outlet the demo counselor is paired with, whose secretary is the demo secretary. */
export const OUTLET = 'JN010101';
/** 青州市分行运营管理部: the demo handler's department. */
export const DEPARTMENT = 'JN01B02';

export const concernBody = (env: TestEnv, over: Record<string, unknown> = {}) => ({
  kind: 'problem',
  category: 'facilities',
  title: '网点叫号机频繁故障',
  description: '叫号机每天死机两三次，客户排队秩序混乱，已报修两次未解决。',
  unitId: env.fixture.unit(OUTLET),
  ...over,
});

/** Raises a concern and answers its detail (fails the test on any other answer). */
export async function raise(env: TestEnv, c: Client, over: Record<string, unknown> = {}): Promise<ConcernDetail> {
  const res = await c.post<ConcernDetail>('/api/concerns', concernBody(env, over));
  if (res.status !== 201) throw new Error(`raise: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Takes an action on the concern's current version (read first, as the UI does). */
export async function act(
  c: Client,
  id: number,
  action: string,
  extra: Record<string, unknown> = {},
): Promise<HttpResponse<ConcernDetail>> {
  const now = await c.get<ConcernDetail>(`/api/concerns/${id}`);
  const version = now.status === 200 ? now.body.version : 1;
  return c.post<ConcernDetail>(`/api/concerns/${id}/transitions`, { action, version, ...extra });
}

/** What each action needs to succeed, as a user would fill it in. */
export const inputOf = (env: TestEnv): Record<string, Record<string, unknown>> => ({
  resolve: { note: '已协调厂商更换叫号机主板' },
  escalate: { reason: '需部门协调厂商' },
  accept: { handlerAccountId: env.fixture.account('handler') },
  reassign: { handlerAccountId: env.fixture.account('handler') },
  progress: { note: '已联系厂商，预计下周上门' },
  return: { reason: '不属本部门职责' },
  confirm: { satisfaction: 4, comment: '解决及时' },
  reopen: { reason: '仍有故障' },
  reject: { reason: '重复提出' },
});

/** The steps (role, action) that bring a freshly raised concern to a state. */
export const PATHS: Record<ConcernState, [string, string][]> = {
  submitted: [],
  routed: [['admin', 'escalate']],
  accepted: [
    ['admin', 'escalate'],
    ['admin', 'accept'],
  ],
  in_progress: [
    ['admin', 'escalate'],
    ['admin', 'accept'],
    ['admin', 'progress'],
  ],
  returned: [
    ['admin', 'escalate'],
    ['admin', 'return'],
  ],
  on_agenda: [
    ['admin', 'escalate'],
    ['admin', 'accept'],
    ['admin', 'escalate'],
  ],
  resolved: [
    ['admin', 'escalate'],
    ['admin', 'accept'],
    ['admin', 'resolve'],
  ],
  reopened: [
    ['admin', 'escalate'],
    ['admin', 'accept'],
    ['admin', 'resolve'],
    ['raiser', 'reopen'],
  ],
  closed: [
    ['admin', 'escalate'],
    ['admin', 'accept'],
    ['admin', 'resolve'],
    ['raiser', 'confirm'],
  ],
  rejected: [['admin', 'reject']],
};

/** Raises a concern as `raiser` and walks it to `state`; answers it as the admin sees it. */
export async function concernIn(
  env: TestEnv,
  clients: Record<string, Client>,
  state: ConcernState,
  over: Record<string, unknown> = {},
): Promise<ConcernDetail> {
  const raiser = clients.raiser!;
  const c = await raise(env, raiser, over);
  const input = inputOf(env);
  for (const [role, action] of PATHS[state]) {
    const res = await act(clients[role]!, c.id, action, input[action]);
    if (res.status !== 200) throw new Error(`${role} ${action} → ${res.status} ${JSON.stringify(res.body)}`);
  }
  const now = await clients.admin!.get<ConcernDetail>(`/api/concerns/${c.id}`);
  if (now.body.state !== state) throw new Error(`expected ${state}, got ${now.body.state}`);
  return now.body;
}

/** Sets the routing table row of a branch (the demo may have one; this makes it known). */
export async function setRoute(env: TestEnv, admin: Client, unit: string, category: string, department: string) {
  const res = await admin.put('/api/concern-routes', {
    unitId: env.fixture.unit(unit),
    category,
    departmentId: env.fixture.unit(department),
  });
  if (res.status !== 200) throw new Error(`route: ${res.status} ${JSON.stringify(res.body)}`);
}
