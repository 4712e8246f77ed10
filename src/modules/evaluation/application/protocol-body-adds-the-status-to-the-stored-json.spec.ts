import { protocolBody, type StoredProtocol } from './protocol';

const stored: StoredProtocol = {
  tenderId: '00000000-0000-4000-8000-000000000001',
  criteria: [{ code: 'price', weight: 100 }],
  singleBid: true,
  expertScoresComplete: true,
  bids: [],
};

describe('protocolBody', () => {
  it.each(['in_progress', 'final'] as const)(
    'answers the stored document with status %s, from bytes or text',
    (status) => {
      const json = JSON.stringify(stored);
      for (const form of [json, Buffer.from(json)]) {
        expect(JSON.parse(protocolBody(form, status).toString())).toEqual({ ...stored, status });
      }
    },
  );

  it('keeps text outside ASCII intact', () => {
    const named = { ...stored, criteria: [], bids: [{ name: 'ООО «Аккумулятор»' }] };
    const body = protocolBody(JSON.stringify(named), 'final');
    expect(JSON.parse(body.toString('utf8'))).toEqual({ ...named, status: 'final' });
  });

  it('refuses a stored value that is not a JSON object', () => {
    expect(() => protocolBody('[1]', 'final')).toThrow('not a JSON object');
  });
});
