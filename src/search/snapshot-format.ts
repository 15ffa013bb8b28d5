import { createHash } from 'node:crypto';

/**
 * The snapshot format: a small JSON header and named typed arrays; as bytes, a prefix (magic,
 * header length, SHA-256 of the rest), the header, then each array 8-byte aligned, so arrays read
 * from a file are views on it. Strings are stored as UTF-8 with each one's length.
 */

export type Arrays = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** A header (JSON) and named arrays. */
export interface Snapshot<H> {
  readonly header: H;
  readonly arrays: Readonly<Record<string, Arrays>>;
}

/** Thrown when bytes or data are not a snapshot this version can read. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(`index snapshot: ${message}`);
    this.name = 'SnapshotError';
  }
}

const encoder = new TextEncoder();

/** Strings as one UTF-8 buffer, with each one's length in bytes and in UTF-16 units. */
export const putStrings = (arrays: Record<string, Arrays>, name: string, values: readonly string[]) => {
  arrays[`${name}.utf8`] = encoder.encode(values.join(''));
  arrays[`${name}.bytes`] = Uint32Array.from(values, (v) => Buffer.byteLength(v));
  arrays[`${name}.units`] = Uint32Array.from(values, (v) => v.length);
};

/** Decodes strings `name` into `out`, a slice at a time (a step between slices). */
export function* getStrings(arrays: Readonly<Record<string, Arrays>>, name: string, out: string[]): Generator<void> {
  const utf8 = arrays[`${name}.utf8`];
  const bytes = arrays[`${name}.bytes`];
  const units = arrays[`${name}.units`];
  if (!(utf8 instanceof Uint8Array) || !(bytes instanceof Uint32Array) || !(units instanceof Uint32Array) || bytes.length !== units.length) {
    throw new SnapshotError(`strings "${name}" are missing or malformed`);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  for (let from = 0, to = 0; from < bytes.length; from = to) {
    // A slice: up to 2,048 strings or 256 KB.
    let length = 0;
    for (to = from; to < bytes.length && to - from < 2048 && (to === from || length + (bytes[to] as number) <= 262_144); to++) length += bytes[to] as number;
    let text: string;
    try {
      text = decoder.decode(utf8.subarray(at, at + length));
    } catch {
      throw new SnapshotError(`strings "${name}" are not UTF-8`);
    }
    at += length;
    let unit = 0;
    for (let i = from; i < to; i++) {
      const n = units[i] as number;
      out.push(text.slice(unit, unit + n));
      unit += n;
    }
    if (unit !== text.length) throw new SnapshotError(`strings "${name}" do not match their lengths`);
    yield;
  }
}

export const typed = <T extends Arrays>(arrays: Readonly<Record<string, Arrays>>, name: string, type: new (n: number) => T): T => {
  const a = arrays[name];
  if (!(a instanceof type)) throw new SnapshotError(`array "${name}" is missing or of the wrong type`);
  return a as T;
};

/** Random access to strings stored by putStrings: the strings of items [from, to) in one decode. */
export class StringReader {
  private readonly utf8: Uint8Array;
  private readonly units: Uint32Array;
  /** Where item i starts in `utf8`. */
  private readonly starts: Float64Array;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(arrays: Readonly<Record<string, Arrays>>, private readonly name: string) {
    const utf8 = arrays[`${name}.utf8`];
    const bytes = arrays[`${name}.bytes`];
    const units = arrays[`${name}.units`];
    if (!(utf8 instanceof Uint8Array) || !(bytes instanceof Uint32Array) || !(units instanceof Uint32Array) || bytes.length !== units.length) {
      throw new SnapshotError(`strings "${name}" are missing or malformed`);
    }
    this.utf8 = utf8;
    this.units = units;
    this.starts = new Float64Array(bytes.length + 1);
    for (let i = 0; i < bytes.length; i++) this.starts[i + 1] = (this.starts[i] as number) + (bytes[i] as number);
    if ((this.starts[bytes.length] as number) !== utf8.length) throw new SnapshotError(`strings "${name}" do not match their lengths`);
  }

  get length(): number {
    return this.units.length;
  }

  range(from: number, to: number): string[] {
    if (from < 0 || to > this.units.length || from > to) throw new SnapshotError(`strings "${this.name}" have no items ${from}–${to}`);
    let text: string;
    try {
      text = this.decoder.decode(this.utf8.subarray(this.starts[from], this.starts[to]));
    } catch {
      throw new SnapshotError(`strings "${this.name}" are not UTF-8`);
    }
    const out: string[] = [];
    let unit = 0;
    for (let i = from; i < to; i++) {
      const n = this.units[i] as number;
      out.push(text.slice(unit, unit + n));
      unit += n;
    }
    if (unit !== text.length) throw new SnapshotError(`strings "${this.name}" do not match their lengths`);
    return out;
  }
}

const MAGIC = 0x58495141; // "AQIX"
/** Magic, header length, then the SHA-256 of everything after it. */
const PREFIX = 40;

/** A snapshot as bytes: prefix, header JSON, then each array (8-byte aligned in the file). */
export const encodeSnapshot = (snapshot: Snapshot<unknown>): Uint8Array[] => {
  const layout = Object.entries(snapshot.arrays).map(([name, a]) => ({ name, type: a.constructor.name, length: a.length }));
  const head = encoder.encode(JSON.stringify({ header: snapshot.header, layout }));
  const prefix = new Uint8Array(PREFIX);
  const parts: Uint8Array[] = [prefix, head];
  let size = PREFIX + head.length;
  for (const a of Object.values(snapshot.arrays)) {
    const pad = (8 - (size % 8)) % 8;
    if (pad) parts.push(new Uint8Array(pad));
    parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    size += pad + a.byteLength;
  }
  const digest = createHash('sha256');
  for (const part of parts.slice(1)) digest.update(part);
  const view = new DataView(prefix.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, head.length, true);
  prefix.set(digest.digest(), 8);
  return parts;
};

const TYPES: Readonly<Record<string, new (buffer: ArrayBuffer, offset: number, length: number) => Arrays>> = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array };

/**
 * Reads bytes written by encodeSnapshot; the arrays view `bytes` (no copy). With `verify` (bytes
 * read from disk), damage anywhere is caught by the checksum. Throws a SnapshotError.
 */
export const decodeSnapshot = (bytes: Uint8Array, { verify = true } = {}): Snapshot<unknown> => {
  if (bytes.byteLength < PREFIX) throw new SnapshotError('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new SnapshotError('not an index snapshot');
  if (verify && !createHash('sha256').update(bytes.subarray(PREFIX)).digest().equals(bytes.subarray(8, PREFIX))) throw new SnapshotError('checksum mismatch (damaged or truncated)');
  const headLength = view.getUint32(4, true);
  if (PREFIX + headLength > bytes.byteLength) throw new SnapshotError('truncated header');
  let parsed: { header: unknown; layout: { name: string; type: string; length: number }[] };
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, PREFIX + headLength))) as typeof parsed;
  } catch (err) {
    throw new SnapshotError(`unreadable header (${(err as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.layout) || !parsed.header) throw new SnapshotError('malformed header');
  const arrays: Record<string, Arrays> = {};
  let at = PREFIX + headLength;
  for (const { name, type, length } of parsed.layout) {
    const Type = TYPES[type];
    if (!Type || !Number.isInteger(length) || length < 0) throw new SnapshotError(`array "${name}" has an unknown type or length`);
    at += (8 - (at % 8)) % 8;
    const end = at + length * (Type as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    if (end > bytes.byteLength) throw new SnapshotError(`array "${name}" is truncated`);
    // Aligned within the file, and the file's buffer is aligned: a view, no copy.
    arrays[name] = (bytes.byteOffset + at) % 8 === 0 ? new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, length) : new Type(bytes.slice(at, end).buffer, 0, length);
    at = end;
  }
  return { header: parsed.header, arrays };
};
