import { generateKeyPairSync, verify } from 'node:crypto';
import { Ed25519Signer } from './ed25519-signer';

describe('Ed25519Signer', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const signer = new Ed25519Signer(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());

  it('signs a message so that its published public key verifies it, and nothing else', () => {
    const signature = Buffer.from(signer.sign('checkpoint|1|abc'), 'base64');
    expect(signature).toHaveLength(64);
    expect(verify(null, Buffer.from('checkpoint|1|abc'), signer.publicKeyPem, signature)).toBe(
      true,
    );
    expect(verify(null, Buffer.from('checkpoint|1|abd'), signer.publicKeyPem, signature)).toBe(
      false,
    );
  });
});
