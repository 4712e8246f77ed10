import { email, innFor, INVESTORS, offer, PASSWORD, twoItemBatteryTender } from './data';
import { Http } from './http';
import { printCompliance, printScores, Progress } from './print';

const DAY = 24 * 3600e3;
export const STEPS = 46;

interface Actor {
  name: string;
  token: string;
  id: string;
}

/** Plays the Moscow battery tender from notice to a year of milestones and a supply year. */
export async function playScenario(
  http: Http,
  admin: { email: string; password: string },
): Promise<void> {
  const say = new Progress(STEPS);
  const adminToken = await http.login(admin.email, admin.password);
  say.line(`Admin ${admin.email} logged in`);
  const advance = async (ms: number) =>
    new Date((await http.post('/sandbox/clock', { advanceMs: ms }, adminToken, 200)).now);
  const day = (d: Date) => d.toISOString().slice(0, 10);

  const staff = async (role: string, fullName: string, login: string): Promise<Actor> => {
    const user = await http.post(
      '/users',
      { email: email(login), password: PASSWORD, fullName, role },
      adminToken,
    );
    say.line(`Admin created ${role} ${fullName} <${user.email}>`);
    return { name: fullName, id: user.id, token: await http.login(email(login), PASSWORD) };
  };
  const chair = await staff('officer', 'Anna Smirnova', 'officer.smirnova');
  const member = await staff('officer', 'Pavel Volkov', 'officer.volkov');
  const auditor = await staff('auditor', 'Elena Morozova', 'auditor.morozova');

  const investors: Actor[] = [];
  for (const [i, inv] of INVESTORS.entries()) {
    const inn = innFor();
    const login = `investor${i + 1}`;
    const res = await http.post('/auth/register', {
      email: email(login),
      password: PASSWORD,
      fullName: inv.person,
      organization: { name: inv.company, inn },
    });
    investors.push({
      name: inv.company,
      id: res.user.id,
      token: await http.login(email(login), PASSWORD),
    });
    say.line(`${inv.person} registered ${inv.company} (INN ${inn}) as an investor`);
  }

  const now = new Date((await http.get('/sandbox/clock')).now);
  const draft = await http.post(
    '/tenders',
    twoItemBatteryTender([chair.id, member.id], now),
    chair.token,
  );
  say.line(`${chair.name} drafted "${draft.title}" → ${draft.status}`);
  const tender = await http.post(`/tenders/${draft.id}/publish`, {}, chair.token, 200);
  say.line(
    `${chair.name} published the tender, bids until ${tender.timeline.submissionDeadline} → ${tender.status}`,
  );

  const bidders = new Map<string, string>();
  const bids: { bidId: string; investor: Actor; technology: [number, number] }[] = [];
  for (const [i, inv] of INVESTORS.entries()) {
    const bid = await http.post(`/tenders/${tender.id}/bids`, offer(inv), investors[i].token);
    bidders.set(bid.id, inv.company);
    bids.push({ bidId: bid.id, investor: investors[i], technology: inv.technology });
    say.line(
      `${inv.company} bid ${inv.prices['lfp-200']} RUB/LFP pack, ${inv.prices['nmc-90']} RUB/NMC pack, ${inv.investmentMillions / 1000} bn RUB, ${inv.buildMonths}-month build → ${bid.status}`,
    );
  }

  const deadline = Date.parse(tender.timeline.submissionDeadline);
  const afterDeadline = await advance(deadline - now.getTime() + 60e3);
  const opened = await http.get(`/tenders/${tender.id}`);
  say.line(
    `Sandbox clock moved past the deadline to ${afterDeadline.toISOString()} → ${opened.status}`,
  );

  for (const [m, officer] of [chair, member].entries()) {
    await http.post(
      `/tenders/${tender.id}/evaluation/declarations`,
      { conflictOfInterest: false },
      officer.token,
    );
    say.line(`${officer.name} declared no conflict of interest`);
    for (const bid of bids) {
      await http.call('PUT', `/tenders/${tender.id}/evaluation/expert-scores/${bid.bidId}`, {
        token: officer.token,
        body: { scores: { technology: bid.technology[m] } },
        expect: 204,
      });
    }
    say.line(
      `${officer.name} scored technology: ${bids.map((b) => `${bidders.get(b.bidId)} ${b.technology[m]}`).join(', ')}`,
    );
  }

  const award = await http.post(`/tenders/${tender.id}/award`, {}, chair.token, 200);
  const ranked = [...award.bids].filter((b) => b.rank).sort((a, b) => a.rank - b.rank);
  const winner = bids.find((b) => b.bidId === ranked[0].bidId)!;
  const runnerUp = bids.find((b) => b.bidId === ranked[1].bidId)!;
  const afterAward = await http.get(`/tenders/${tender.id}`);
  say.line(
    `${chair.name} awarded the tender to ${winner.investor.name} (${ranked[0].scores.total} points) → ${afterAward.status}`,
  );
  printScores(await http.get(`/tenders/${tender.id}/evaluation`, chair.token), bidders);

  const complaint = await http.post(
    `/tenders/${tender.id}/complaints`,
    { subject: 'Technology scores', text: 'Our cells were under-scored against the proposal.' },
    runnerUp.investor.token,
  );
  say.line(`${runnerUp.investor.name} filed a complaint → ${complaint.status}`);
  const decided = await http.post(
    `/tenders/${tender.id}/complaints/${complaint.id}/decision`,
    { decision: 'dismissed', reason: 'The scores follow the published method; no grounds.' },
    adminToken,
  );
  say.line(`Admin dismissed the complaint → ${decided.status ?? 'dismissed'}`);

  await advance(10 * DAY + 60e3);
  const contracting = await http.get(`/tenders/${tender.id}`);
  say.line(`The 10-day stand-still passed → ${contracting.status}`);

  const [draftContract] = (await http.get(`/contracts?tenderId=${tender.id}`, chair.token)).items;
  const signed = await http.post(
    `/contracts/${draftContract.id}/sign`,
    {},
    winner.investor.token,
    200,
  );
  say.line(
    `${winner.investor.name} signed the contract for ${signed.valueRub} RUB, awaiting countersignature → ${signed.status}`,
  );
  let contract = await http.post(
    `/contracts/${draftContract.id}/countersign`,
    {},
    chair.token,
    200,
  );
  say.line(`${chair.name} countersigned for the customer → ${contract.status}`);
  const milestone = (code: string) => contract.milestones.find((m: any) => m.code === code);
  const reload = async () => {
    contract = await http.get(`/contracts/${contract.id}`, auditor.token);
  };

  const signedAt = Date.parse(contract.signedAt);
  const late = await advance(70 * DAY); // land_secured fell due two months after signing
  await reload();
  say.line(
    `Clock at ${day(late)}: "${milestone('land_secured').title}" was due ${day(new Date(milestone('land_secured').dueDate))} → ${milestone('land_secured').status}`,
  );
  const report = await http.post(
    `/contracts/${contract.id}/milestones/${milestone('land_secured').id}/reports`,
    { note: 'Lease of 12 ha in Zelenograd registered', investedRub: '150000000.00' },
    winner.investor.token,
  );
  say.line(
    `${winner.investor.name} reported "${milestone('land_secured').title}" late → ${report.status ?? 'submitted'}`,
  );
  const review = await http.post(
    `/contracts/${contract.id}/milestones/${milestone('land_secured').id}/reports/${report.id}/review`,
    { decision: 'accepted', comment: 'Lease checked against the land registry' },
    auditor.token,
    200,
  );
  say.line(`${auditor.name} accepted the report → ${review.status}`);

  const yearOn = await advance(signedAt + 365 * DAY - late.getTime());
  await reload();
  say.line(
    `A year after signing (${day(yearOn)}): "${milestone('permit_obtained').title}" unreported → ${milestone('permit_obtained').status}`,
  );
  const compliance = await http.get(`/contracts/${contract.id}/compliance`, auditor.token);
  say.line(`${auditor.name} read the compliance summary → ${compliance.status}`);
  printCompliance(compliance);
  const claim = await http.post(`/contracts/${contract.id}/claims`, {}, chair.token, 201);
  say.line(
    `${chair.name} issued a claim for ${claim.amountRub} RUB in ${claim.items.length} item(s) at the key rate ${claim.keyRatePct} % → ${claim.status}`,
  );

  // The build goes on: the permit late, the rest a week before due, each tranche invested
  // in full, so the plant can supply from year 4 (CONTRACT.md §4: the promised terms).
  const notes: Record<string, string> = {
    permit_obtained: 'Building permit issued by Mosgosstroynadzor',
    construction_started: 'Foundations poured, general contractor on site',
    production_start: 'First packs off the line, plant commissioned',
  };
  for (const code of ['permit_obtained', 'construction_started', 'production_start']) {
    const m = milestone(code);
    const clock = new Date((await http.get('/sandbox/clock')).now).getTime();
    const weekBefore = Date.parse(m.dueDate) - 7 * DAY;
    if (weekBefore > clock) await advance(weekBefore - clock);
    const investedRub: string = m.plannedInvestmentRub ?? m.investmentRub;
    const filed = await http.post(
      `/contracts/${contract.id}/milestones/${m.id}/reports`,
      { note: notes[code], investedRub },
      winner.investor.token,
    );
    const accepted = await http.post(
      `/contracts/${contract.id}/milestones/${m.id}/reports/${filed.id}/review`,
      { decision: 'accepted', comment: 'Checked on site' },
      auditor.token,
      200,
    );
    say.line(
      `${winner.investor.name} reported "${m.title}" (${investedRub} RUB invested), due ${day(new Date(m.dueDate))}; ${auditor.name} accepted → ${accepted.status}`,
    );
  }
  await reload();
  await playSupplyYear(http, {
    advance,
    day,
    say,
    contract,
    chair,
    auditor,
    winner: winner.investor,
  });
}

/**
 * CONTRACT.md §3–4: the first supply year of the two-item contract — an order on each item,
 * the LFP packs delivered on time (part of them rejected and replaced), the NMC packs late;
 * the stage's progress per item and the year's production report.
 */
async function playSupplyYear(
  http: Http,
  p: {
    advance: (ms: number) => Promise<Date>;
    day: (d: Date) => string;
    say: Progress;
    contract: any;
    chair: Actor;
    auditor: Actor;
    winner: Actor;
  },
): Promise<void> {
  const { advance, day, say, contract, chair, auditor, winner } = p;
  const base = `/contracts/${contract.id}`;
  const stage = contract.stages[0];
  const [lfp, nmc] = ['lfp-200', 'nmc-90'].map((code) =>
    contract.items.find((i: { code: string }) => i.code === code)!,
  );
  const short = (code: string) => (code === lfp.code ? 'LFP' : 'NMC');
  const now = new Date((await http.get('/sandbox/clock')).now);
  await advance(Date.parse(`${stage.startsOn}T09:00:00.000Z`) - now.getTime());
  const planned = [lfp, nmc]
    .map((i) => `${i.quantityByYear[stage.year - 1]} × ${i.name} at ${i.unitPriceRub} RUB`)
    .join(' and ');
  say.line(
    `Year ${stage.year} begins on ${stage.startsOn}: ${planned} planned, stage value ${stage.valueRub} RUB`,
  );
  const plusDays = (date: string, days: number) =>
    day(new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY));
  const order = async (item: any, quantity: number, deliverBy: string) => {
    const placed = await http.post(
      `${base}/orders`,
      { item: item.code, quantity, deliverBy },
      chair.token,
    );
    say.line(`${chair.name} ordered ${quantity} × ${item.name} by ${deliverBy} → ${placed.status}`);
    return placed;
  };
  const deliver = async (placed: any, quantity: number, note: string) => {
    const delivery = await http.post(
      `${base}/orders/${placed.id}/deliveries`,
      { quantity, note },
      winner.token,
    );
    say.line(`${winner.name} delivered ${quantity} ${short(placed.item)} packs (${note})`);
    return delivery;
  };
  const accept = async (placed: any, deliveryId: string, accepted: number, comment: string) => {
    const result = await http.post(
      `${base}/orders/${placed.id}/deliveries/${deliveryId}/acceptance`,
      { acceptedQuantity: accepted, comment },
      chair.token,
      200,
    );
    say.line(
      `${chair.name} accepted ${accepted} ${short(placed.item)} packs: ${comment} → ${result.status}`,
    );
    return result;
  };
  const first = await order(lfp, 250, plusDays(stage.startsOn, 20));
  const second = await order(nmc, 150, plusDays(stage.startsOn, 40));
  const d1 = await deliver(first, 250, 'waybill 1, on time');
  await accept(first, d1.id, 240, '10 packs failed the insulation test');
  const d2 = await deliver(first, 10, 'replacement packs');
  const acceptedOrders = [await accept(first, d2.id, 10, 'replacements pass')];
  const past = await advance(41 * DAY);
  const overdue = (await http.get(`${base}/orders?status=overdue`, auditor.token)).items;
  say.line(`Clock at ${day(past)}: the NMC order due ${second.deliverBy} → ${overdue[0]?.status}`);
  const d3 = await deliver(second, 150, 'waybill 2, late');
  const late = await accept(second, d3.id, 150, 'all packs pass');
  const stages = (await http.get(`${base}/stages`, auditor.token)).stages;
  const progress = stages[0].items
    .map(
      (p: any) =>
        `${short(p.item)} ordered ${p.ordered.quantity}, delivered ${p.delivered.quantity}, accepted ${p.accepted.quantity} (${p.accepted.valueRub} RUB) of ${p.planned.quantity}`,
    )
    .join('; ');
  say.line(`Stage ${stages[0].year}: ${progress}`);
  // A report is due for each calendar year with accepted deliveries (CONTRACT.md §4): the
  // stage may straddle New Year, so one or two. The contract takes 13 % and 17 % of output.
  const years = [
    ...new Set(
      [...acceptedOrders, late].flatMap((o) =>
        o.deliveries.map((d: any) => Number(d.acceptance.at.slice(0, 4))),
      ),
    ),
  ].sort();
  const last = years[years.length - 1];
  const at = new Date((await http.get('/sandbox/clock')).now);
  await advance(Date.parse(`${last + 1}-01-15T09:00:00.000Z`) - at.getTime());
  const produced = { [lfp.code]: 1900, [nmc.code]: 900 };
  const reports = [];
  for (const year of years) {
    reports.push(
      await http.post(
        `${base}/production-reports`,
        { year, producedByItem: produced },
        winner.token,
      ),
    );
  }
  say.line(
    `${winner.name} reported production for ${years.join(' and ')}: ${produced[lfp.code]} LFP and ${produced[nmc.code]} NMC packs a year`,
  );
  const decisions = [];
  for (const report of reports) {
    const reviewed = await http.post(
      `${base}/production-reports/${report.id}/review`,
      { decision: 'accepted', comment: 'Matches the plant register' },
      auditor.token,
      200,
    );
    decisions.push(reviewed.review.decision);
  }
  say.line(`${auditor.name} reviewed the production reports → ${decisions.join(', ')}`);
  const compliance = await http.get(`${base}/compliance`, auditor.token);
  say.line(
    `Compliance → ${compliance.status}; findings: ${compliance.findings.map((f: { code: string }) => f.code).join(', ') || 'none'}`,
  );
  printCompliance(compliance);
}
