import { specText } from '../../../../test/support/spec-text';
import { TENDER_STATUSES, TENDER_TRANSITIONS, type TenderEvent } from './tender-status';

/** DOMAIN.md §4's wording of each event (before its "(who)"), with the status it goes to. */
const EVENT_OF: Record<string, TenderEvent | Record<string, TenderEvent>> = {
  publish: 'publish',
  amend: 'amend',
  'deadline reached': { evaluation: 'open_bids', unsuccessful: 'close_without_bids' },
  award: 'award',
  'declare unsuccessful': 'declare_unsuccessful',
  'stand-still ends, no complaint pending': 'end_standstill',
  'complaint upheld': 'uphold_complaint',
  'winner misses the signing deadline': {
    contracting: 'hand_to_next_bidder',
    unsuccessful: 'exhaust_bidders',
  },
  countersign: 'countersign',
  cancel: 'cancel',
};

/** Every `from › event › to` row of the §4 table, one per source status and target. */
function domainRows(): string[] {
  const text = specText('DOMAIN.md');
  const section = text.slice(text.indexOf('## 4.'), text.indexOf('## 5.'));
  const rows = section
    .split('\n')
    .filter(
      (line) => line.startsWith('| ') && !line.startsWith('| from') && !line.startsWith('|---'),
    );
  return rows.flatMap((line) => {
    const [from, event, to] = line
      .split('|')
      .slice(1, 4)
      .map((cell) => cell.trim());
    const phrase = event.replace(/\s*\(.*\)$/, '');
    return to.split('/').flatMap((target) => {
      const status = target.trim();
      const named = EVENT_OF[phrase];
      if (named === undefined)
        throw new Error(`DOMAIN.md §4 has an event the table lacks: ${event}`);
      const name = typeof named === 'string' ? named : named[status];
      return from.split(',').map((source) => `${source.trim()} › ${name} › ${status}`);
    });
  });
}

function tableRows(): string[] {
  return Object.entries(TENDER_TRANSITIONS).flatMap(([event, { from, to }]) =>
    from.map((source) => `${source} › ${event} › ${to}`),
  );
}

describe('the tender transition table is DOMAIN.md §4, row by row', () => {
  it('has every row of §4 and none besides', () => {
    expect(tableRows().sort()).toEqual(domainRows().sort());
  });

  it('names only the statuses of API.md', () => {
    const statuses = new Set(
      tableRows().flatMap((row) => [row.split(' › ')[0], row.split(' › ')[2]]),
    );
    expect([...statuses].sort()).toEqual([...TENDER_STATUSES].sort());
  });
});
