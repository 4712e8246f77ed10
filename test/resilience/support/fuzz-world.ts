import type { ApiClient, SignedIn } from '../../support/api-client';
import { activeContract } from '../../support/contract-factory';
import { aBatteryTender, aBid, publishedTender, serverNow } from '../../support/tender-factory';

/** Real objects for every path placeholder of the write routes, and who owns them. */
export interface FuzzWorld {
  callers: { investor: SignedIn; officer: SignedIn; auditor: SignedIn; admin: SignedIn };
  /** Path ids per route family: the first match of a route's path prefix wins. */
  idsFor(path: string): Record<string, string>;
}

/**
 * An active contract with a reported milestone (the awarded tender behind it), then a
 * draft and a tendering tender with the winner's live bid and enquiry, all on one server.
 * The winner is the investor who owns everything an investor may touch.
 */
export async function buildFuzzWorld(api: ApiClient): Promise<FuzzWorld> {
  const admin = await api.signInAdmin();
  const done = await activeContract(api, admin);
  const { officer, winner, contract } = done;
  const auditor = await api.createStaff(admin.token, 'auditor');
  expect((await api.post(`/contracts/${contract.id}/countersign`, {}, officer.token)).status).toBe(
    200,
  );
  const milestones = (await api.get(`/contracts/${contract.id}`, winner.token)).body.milestones;
  const report = await api.post(
    `/contracts/${contract.id}/milestones/${milestones[0].id}/reports`,
    { note: 'Land lease signed', investedRub: '150000000.00' },
    winner.token,
  );
  expect(report.status).toBe(201);

  const draft = await api.post(
    '/tenders',
    aBatteryTender([officer.id], await serverNow(api)),
    officer.token,
  );
  const open = await publishedTender(api, officer.token, [officer.id]);
  const bid = await api.post(`/tenders/${open.id}/bids`, aBid(), winner.token);
  const enquiry = await api.post(
    `/tenders/${open.id}/enquiries`,
    { question: 'Is a lease enough?' },
    winner.token,
  );
  const notification = (await api.get('/notifications', winner.token)).body.items[0];
  const spare = await api.createStaff(admin.token, 'officer');
  for (const res of [draft, bid, enquiry]) expect(res.status).toBe(201);

  const byPrefix: [RegExp, Record<string, string>][] = [
    [/^\/tenders\/\{id\}\/(publish|documents)$|^\/tenders\/\{id\}$/, { id: draft.body.id }],
    [
      /^\/tenders\/\{id\}\/(evaluation|award|declare|complaints)/,
      { id: done.tender.id, bidId: done.first.id },
    ],
    [/^\/tenders\/\{id\}/, { id: open.id, bidId: bid.body.id, eid: enquiry.body.id }],
    [/^\/contracts/, { id: contract.id, mid: milestones[0].id, rid: report.body.id }],
    [/^\/users/, { id: spare.id }],
    [/^\/notifications/, { id: notification?.id ?? '00000000-0000-4000-8000-000000000000' }],
    [/^\/admin\/calendar/, { year: '2027' }],
  ];
  return {
    callers: { investor: winner, officer, auditor, admin },
    idsFor: (path) => byPrefix.find(([pattern]) => pattern.test(path))?.[1] ?? {},
  };
}
