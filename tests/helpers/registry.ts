import type { CreatePersonBody, Person } from '../../src/contracts/people.ts';
import type { Client } from './client.ts';

let seq = 0;

/** A person through the API with sensible defaults; fails the test when refused. */
export async function createPerson(
  client: Client,
  body: Partial<CreatePersonBody> & { unitId: number },
): Promise<Person> {
  seq++;
  const res = await client.post<Person>('/api/people', {
    employeeNo: `T${String(seq).padStart(5, '0')}${Math.floor(Math.random() * 1e4)}`,
    name: `测试${seq}`,
    gender: 'female',
    cadreGrade: 'staff',
    employmentStatus: 'active',
    partyStatus: 'none',
    ...body,
  });
  if (res.status !== 201) throw new Error(`create person failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A party org through the API. */
export async function createPartyOrg(
  client: Client,
  body: { code: string; unitId: number; kind?: string; name?: string; termStart?: string; termEnd?: string | null },
): Promise<{ id: number; version: number }> {
  const res = await client.post<{ id: number; version: number }>('/api/party-orgs', {
    name: `${body.code} 党支部`,
    kind: 'branch',
    ...body,
  });
  if (res.status !== 201) throw new Error(`create party org failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
