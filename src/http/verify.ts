import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** The DER prefix of an Ed25519 public key in SPKI form; Discord gives the raw 32 bytes in hex. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** Older signatures are refused, so a captured request cannot be replayed later. */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

/** The application's public key (64 hex characters, from the Developer Portal) as a key object. */
export const publicKeyFromHex = (hex: string): KeyObject =>
  createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Checks a request as Discord signs it: Ed25519 over `timestamp + body` with the application's
 * key, and a timestamp no older than five minutes (nor more than five minutes ahead).
 */
export const verifyInteractionRequest = (
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds = Math.floor(Date.now() / 1000),
): Verdict => {
  if (!signature || !/^[0-9a-f]{128}$/i.test(signature)) return { ok: false, reason: 'missing or malformed X-Signature-Ed25519' };
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'missing or malformed X-Signature-Timestamp' };
  let valid = false;
  try {
    valid = verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'invalid request signature' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return { ok: false, reason: 'stale request timestamp' };
  return { ok: true };
};
