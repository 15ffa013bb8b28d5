import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedRequest, UploadedFile } from './types.ts';

/** A request body: JSON, or the `payload_json` part of multipart/form-data plus its files. */
export interface ParsedBody {
  body: unknown;
  files: UploadedFile[];
}

/** Thrown when a body cannot be parsed; becomes Discord's 50109 error. */
export class InvalidBodyError extends Error {
  override readonly name = 'InvalidBodyError';
}

/** Reads the whole request body. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidBodyError('DiscordServer: the request body contains invalid JSON');
  }
}

/** Parses a JSON or multipart body (discord.js sends multipart when files are attached). */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    // Node's fetch Response parses multipart, so no extra dependency is needed.
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    const files: UploadedFile[] = [];
    let body: unknown = undefined;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = parseJson(value);
      } else {
        files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      }
    }
    return { body, files };
  }
  return { body: parseJson(raw.toString('utf8')), files: [] };
}

/** Sends a JSON response (or an empty one when `body` is undefined). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text).toString(),
      ...headers,
    })
    .end(text);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The record of a request before its body is read, and its decoded path segments below `/api/v10`
 * (null outside the API). discord.js encodes `@original` as `%40original`, hence the decoding.
 */
export function newRecord(req: IncomingMessage): { record: RecordedRequest; api: string[] | null } {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeSegment);
  const api = segments[0] === 'api' && segments[1] === 'v10' ? segments.slice(2) : null;
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = value;
  const record: RecordedRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    path: `/${(api ?? segments).join('/')}`,
    query,
    headers: req.headers,
    body: undefined,
    files: [],
    time: Date.now(),
    status: 0,
    injected: false,
  };
  return { record, api };
}
