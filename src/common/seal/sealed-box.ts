import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  KeyObject,
  randomBytes,
} from 'node:crypto';
import { setBounded } from '../collections/bounded-map';
import { aesOpen, aesSeal } from './aes-gcm';

/**
 * The seal (DOMAIN.md §5). Each tender has a data key (the private half of an X25519 key
 * pair), stored only AES-256-GCM-wrapped under SEALING_KEY. Two box formats, told apart
 * by their first byte:
 * - 2, bids (sealWithDataKey): AES-256-GCM under a key derived (HKDF-SHA256) from the data
 *   key and the bid's id. Opening costs 10 µs a bid.
 * - 1, documents and bids sealed before format 2 (seal): sealed to the tender's public
 *   half (ephemeral X25519 + HKDF-SHA256 → AES-256-GCM), so the upload never needs the
 *   data key. Opening costs an X25519 agreement, 60–70 µs a box on this VM: at 10,000
 *   bids it was two thirds of the opening's time (BENCHMARKS.md, issue #19).
 * Only the opening step decrypts (openWithDataKey). A database reader sees ciphertext,
 * and without SEALING_KEY cannot open it; a box is bound to its bid or document id, so
 * boxes cannot be swapped unnoticed. Intake holds a tender's unwrapped data key while
 * bids are filed, in the process that holds SEALING_KEY anyway (the one that publishes
 * tenders and opens bids): format 1 kept the key from the intake's code, not from anyone
 * able to read that process's memory.
 */
const VERSION = 1;
const DATA_KEY_VERSION = 2;
const SPKI_LENGTH = 44; // DER SubjectPublicKeyInfo of an X25519 key
/** What precedes the 32 key bytes in an X25519 SubjectPublicKeyInfo (RFC 8410). */
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');
// Parsing a tender's public key costs ~120 µs; every bid to a tender seals to the same one.
const RECIPIENTS_CACHED = 256;
const recipients = new Map<string, KeyObject>();

export interface TenderSealKeys {
  publicKey: Buffer;
  wrappedPrivateKey: Buffer;
}

export function createTenderSealKeys(sealingKey: Buffer, tenderId: string): TenderSealKeys {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }),
    wrappedPrivateKey: aesSeal(sealingKey, der, `tender-key|${tenderId}`),
  };
}

export function seal(tenderPublicKey: Buffer, plaintext: Buffer, boundTo: string): Buffer {
  const ephemeral = ephemeralPrivateKey();
  const key = contentKey(ephemeral, recipientKey(tenderPublicKey), boundTo);
  return Buffer.concat([
    Buffer.from([VERSION]),
    X25519_SPKI_PREFIX,
    diffieHellman({ privateKey: ephemeral, publicKey: BASE_POINT }),
    aesSeal(key, plaintext, boundTo),
  ]);
}

/**
 * X25519's base point (u = 9): X25519(d, 9) is the public key of d, so one more
 * Diffie-Hellman gives the ephemeral public half's 32 bytes without a key export.
 */
const BASE_POINT = createPublicKey({
  key: {
    kty: 'OKP',
    crv: 'X25519',
    x: Buffer.from([9, ...Array<number>(31).fill(0)]).toString('base64url'),
  },
  format: 'jwk',
});

/**
 * A fresh ephemeral private key: 32 random bytes imported as a JWK (X25519 clamps them as
 * its key generation does). generateKeyPairSync and the DER export of its public half cost
 * ~100 µs per bid, this and the base-point multiplication ~65 µs. Exporting a JWK hangs now
 * and then on Node 20.20 (a futex wait in native code, seen within 20,000 seals); importing
 * one does not, and the import reads only `d` (`x` must merely be a string).
 */
function ephemeralPrivateKey(): KeyObject {
  const d = randomBytes(32).toString('base64url');
  return createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d, x: '' }, format: 'jwk' });
}

/** The tender's public key as a KeyObject, parsed once per tender (a bounded cache). */
function recipientKey(der: Buffer): KeyObject {
  const id = der.toString('base64');
  let key = recipients.get(id);
  if (!key) {
    key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    setBounded(recipients, id, key, RECIPIENTS_CACHED);
  }
  return key;
}

/**
 * The tender's data key (its X25519 private key, PKCS#8 DER), unwrapped from under
 * SEALING_KEY: what openWithDataKey needs, so that a thread opening boxes never holds
 * SEALING_KEY itself.
 */
export function tenderDataKey(
  sealingKey: Buffer,
  tenderId: string,
  wrappedPrivateKey: Buffer,
): Buffer {
  return aesOpen(sealingKey, wrappedPrivateKey, `tender-key|${tenderId}`);
}

/** A format-2 box: the plaintext sealed with the tender's data key (tenderDataKey). */
export function sealWithDataKey(dataKey: Buffer, plaintext: Buffer, boundTo: string): Buffer {
  return Buffer.concat([
    Buffer.from([DATA_KEY_VERSION]),
    aesSeal(boxKey(dataKey, boundTo), plaintext, boundTo),
  ]);
}

function boxKey(dataKey: Buffer, boundTo: string): Buffer {
  return hkdfSha256(dataKey, `offset-tender bid v2|${boundTo}`);
}

/** Opens each box with the tender's data key (tenderDataKey): the only decrypting code. */
export function openWithDataKey(
  dataKey: Buffer,
  boxes: { box: Buffer; boundTo: string }[],
): Buffer[] {
  let privateKey: KeyObject | undefined; // parsed for the first format-1 box only
  return boxes.map(({ box, boundTo }) => {
    if (box[0] === DATA_KEY_VERSION)
      return aesOpen(boxKey(dataKey, boundTo), box.subarray(1), boundTo);
    if (box[0] !== VERSION) throw new Error('unknown sealed box version');
    privateKey ??= createPrivateKey({ key: dataKey, format: 'der', type: 'pkcs8' });
    const ephemeral = ephemeralKey(box.subarray(1, 1 + SPKI_LENGTH));
    return aesOpen(
      contentKey(privateKey, ephemeral, boundTo),
      box.subarray(1 + SPKI_LENGTH),
      boundTo,
    );
  });
}

/**
 * The box's ephemeral public key. Imported from its 32 raw bytes as a JWK: OpenSSL 3
 * decodes the DER form in ~190 µs, the JWK in ~25 µs, and a 10,000-bid opening imports
 * one per bid. (Exporting JWKs is what hangs on Node 20.20, see seal(); importing does
 * not: 200,000 in a loop ran clean.)
 */
function ephemeralKey(spki: Buffer): KeyObject {
  if (!spki.subarray(0, X25519_SPKI_PREFIX.length).equals(X25519_SPKI_PREFIX)) {
    throw new Error('the sealed box holds no X25519 public key');
  }
  const x = spki.subarray(X25519_SPKI_PREFIX.length).toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x }, format: 'jwk' });
}

function contentKey(privateKey: KeyObject, publicKey: KeyObject, boundTo: string): Buffer {
  return hkdfSha256(diffieHellman({ privateKey, publicKey }), `offset-tender bid|${boundTo}`);
}

const EMPTY_SALT = Buffer.alloc(32); // RFC 5869: no salt is HashLen zero bytes
const FIRST_BLOCK = Buffer.from([1]);

/**
 * HKDF-SHA256 (RFC 5869), no salt, 32 bytes out: extract, then the one expand block, as two
 * HMACs. The same bytes as hkdfSync('sha256', ikm, '', info, 32), which costs twice as much
 * (12 µs against 6 on this VM, once per seal and per opened bid) in its argument checks.
 */
function hkdfSha256(ikm: Buffer, info: string): Buffer {
  const prk = createHmac('sha256', EMPTY_SALT).update(ikm).digest();
  return createHmac('sha256', prk).update(info).update(FIRST_BLOCK).digest();
}
