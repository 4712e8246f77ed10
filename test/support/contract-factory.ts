import type { ApiClient, SignedIn } from './api-client';
import { aBid, passSubmissionDeadline, publishedTender } from './tender-factory';

const DAY = 24 * 3600e3;

/** Two bidders (the cheaper ranks first), opened, scored by a one-member commission. */
export async function scoredTender(
  api: ApiClient,
  admin: SignedIn,
  winningBid: Record<string, unknown> = aBid({ unitPriceRub: '1300000.00' }),
  tenderOverrides: Record<string, unknown> = {},
) {
  const officer = await api.createStaff(admin.token, 'officer');
  const tender = await publishedTender(api, officer.token, [officer.id], tenderOverrides);
  const winner = await api.registerInvestor();
  const runnerUp = await api.registerInvestor();
  const first = (await api.post(`/tenders/${tender.id}/bids`, winningBid, winner.token)).body;
  const second = (
    await api.post(
      `/tenders/${tender.id}/bids`,
      aBid({ unitPriceRub: '1400000.00' }),
      runnerUp.token,
    )
  ).body;
  await passSubmissionDeadline(api, admin.token, tender);
  await api.post(
    `/tenders/${tender.id}/evaluation/declarations`,
    { conflictOfInterest: false },
    officer.token,
  );
  for (const bid of [first, second]) {
    await api.request('PUT', `/tenders/${tender.id}/evaluation/expert-scores/${bid.id}`, {
      token: officer.token,
      body: { scores: { technology: 80 } },
    });
  }
  return { tender, officer, winner, runnerUp, first, second };
}

/** As scoredTender, then awarded: in stand-still. */
export async function awardedTender(
  api: ApiClient,
  admin: SignedIn,
  winningBid?: Record<string, unknown>,
  tenderOverrides?: Record<string, unknown>,
) {
  const scored = await scoredTender(api, admin, winningBid, tenderOverrides);
  const award = await api.post(`/tenders/${scored.tender.id}/award`, {}, scored.officer.token);
  if (award.status !== 200) throw new Error(`award: ${award.status} ${award.text}`);
  return scored;
}

/** Awarded, past the stand-still, signed and countersigned at the current sandbox time. */
export async function activeContract(
  api: ApiClient,
  admin: SignedIn,
  winningBid?: Record<string, unknown>,
  tenderOverrides?: Record<string, unknown>,
) {
  const awarded = await awardedTender(api, admin, winningBid, tenderOverrides);
  await api.post('/sandbox/clock', { advanceMs: 10 * DAY + 60e3 }, admin.token);
  const [contract] = (
    await api.get(`/contracts?tenderId=${awarded.tender.id}`, awarded.officer.token)
  ).body.items;
  const signed = await api.post(`/contracts/${contract.id}/sign`, {}, awarded.winner.token);
  if (signed.status !== 200) throw new Error(`sign: ${signed.status} ${signed.text}`);
  return { ...awarded, contract };
}
