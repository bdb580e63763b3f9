import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';
import bs58 from 'bs58';
import canonicalize from 'canonicalize';

/** Multicodec prefix of an Ed25519 public key in did:key and Multikey. */
const ED25519_PUB = Uint8Array.from([0xed, 0x01]);

export const jcs = (value: unknown): string => {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalized');
  return text;
};

export function generateSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function loadPrivateKey(pem: string): KeyObject {
  return createPrivateKey(pem);
}

export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url');
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

/** did:key identifier of an Ed25519 public key: z + base58btc(0xed01 || key). */
export function didKey(raw: Uint8Array): string {
  return `did:key:z${bs58.encode(Buffer.concat([ED25519_PUB, raw]))}`;
}

export function rawFromDidKey(did: string): Uint8Array {
  const match = /^did:key:z([1-9A-HJ-NP-Za-km-z]+)(#.*)?$/.exec(did);
  if (!match) throw new Error('not a did:key');
  const bytes = bs58.decode(match[1]);
  if (bytes.length !== 34 || bytes[0] !== ED25519_PUB[0] || bytes[1] !== ED25519_PUB[1]) throw new Error('not an Ed25519 did:key');
  return bytes.slice(2);
}

export const signText = (key: KeyObject, text: string) => sign(null, Buffer.from(text), key).toString('base64url');
export const verifyText = (publicKey: KeyObject, text: string, signature: string) => {
  try {
    return verify(null, Buffer.from(text), publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
};

const sha256 = (text: string) => createHash('sha256').update(text).digest();

type Json = Record<string, unknown>;

/** The eddsa-jcs-2022 hash of a document and its proof options (W3C VC Data Integrity EdDSA). */
function proofHash(document: Json, proofOptions: Json): Buffer {
  return Buffer.concat([sha256(jcs(proofOptions)), sha256(jcs(document))]);
}

/** Adds a DataIntegrityProof (eddsa-jcs-2022) made with the issuer's key. */
export function signCredential(document: Json, key: KeyObject, created: Date): Json {
  const did = didKey(rawPublicKey(key));
  const proofOptions = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: created.toISOString(),
    verificationMethod: `${did}#${did.slice('did:key:'.length)}`,
    proofPurpose: 'assertionMethod',
    '@context': document['@context'],
  };
  const signature = sign(null, proofHash(document, proofOptions), key);
  const { '@context': _context, ...proof } = proofOptions;
  return { ...document, proof: { ...proof, proofValue: `z${bs58.encode(signature)}` } };
}

/**
 * Checks a credential's eddsa-jcs-2022 proof with nothing but the credential itself
 * (did:key carries the public key); pass expectedDid to also require a given issuer.
 */
export function verifyCredential(credential: Json, expectedDid?: string): { valid: boolean; reason?: string } {
  const { proof, ...document } = credential as Json & { proof?: Json };
  if (!proof || proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-jcs-2022') return { valid: false, reason: 'no eddsa-jcs-2022 proof' };
  const method = String(proof.verificationMethod ?? '');
  const did = method.split('#')[0];
  const issuer = typeof document.issuer === 'string' ? document.issuer : (document.issuer as Json | undefined)?.id;
  if (issuer !== did) return { valid: false, reason: 'the proof is not by the issuer' };
  if (expectedDid && did !== expectedDid) return { valid: false, reason: 'issued by another key' };
  let publicKey: KeyObject;
  try {
    publicKey = publicKeyFromRaw(rawFromDidKey(did));
  } catch (error) {
    return { valid: false, reason: (error as Error).message };
  }
  const { proofValue, ...options } = proof;
  if (typeof proofValue !== 'string' || !proofValue.startsWith('z')) return { valid: false, reason: 'malformed proofValue' };
  let signature: Uint8Array;
  try {
    signature = bs58.decode(proofValue.slice(1));
  } catch {
    return { valid: false, reason: 'malformed proofValue' };
  }
  const ok = verify(null, proofHash(document, { ...options, '@context': document['@context'] }), publicKey, signature);
  return ok ? { valid: true } : { valid: false, reason: 'the signature does not match the content' };
}
