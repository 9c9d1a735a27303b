import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { DOCUMENT_KINDS, ONBOARDING_DOCUMENT_KINDS } from '../../resources/choices.ts';
import { HttpError, badRequest } from '../../rest/errors.ts';
import { lineProblem } from '../../resources/plain-text.ts';

/** Largest accepted file (decoded). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** The upload's JSON body: the file base64-encoded (a third larger) plus the metadata. */
export const UPLOAD_BODY_LIMIT = 8 * 1024 * 1024;

export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const TYPE_NAMES: Record<DocumentType, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

/** The file-name extensions of each type, the usual one first. */
const EXTENSIONS: Record<DocumentType, readonly string[]> = { 'application/pdf': ['.pdf'], 'image/png': ['.png'], 'image/jpeg': ['.jpg', '.jpeg'] };

const isDocumentType = (type: string): type is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(type);
const hasExtensionOf = (fileName: string, type: DocumentType) => EXTENSIONS[type].some((ext) => fileName.toLowerCase().endsWith(ext));

/**
 * The name a file is served under: its own when its extension is its type's, else with the
 * type's extension appended (`x.html` holding a PDF downloads as `x.html.pdf`), so that no
 * browser or desktop opens it as something else.
 */
export function servedFileName(fileName: string, contentType: string): string {
  if (!isDocumentType(contentType) || hasExtensionOf(fileName, contentType)) return fileName;
  return `${fileName}${EXTENSIONS[contentType][0]}`;
}

const SIGNATURES: [DocumentType, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** The type the file's first bytes announce, or null when it is none of the accepted ones. */
export function sniffType(bytes: Uint8Array): DocumentType | null {
  return SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0] ?? null;
}

// A character class, not groups: a 7 MB string must not overflow the regex engine's stack.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The file of an upload body: its name (no folders), its declared type and its bytes base64-encoded. */
export const fileFields = {
  fileName: z
    .string({ error: 'Required' })
    .trim()
    .min(1, 'Required')
    .max(200, 'At most 200 characters')
    .refine((name) => !/[/\\]/.test(name), 'A file name without folders')
    .superRefine((name, ctx) => {
      const problem = lineProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  contentType: z.enum(DOCUMENT_TYPES, { error: 'Only PDF, PNG or JPEG files' }),
  data: z.string({ error: 'Required: the file, base64-encoded' }).min(1, 'The file is empty').regex(BASE64, 'Not base64').refine((d) => d.length % 4 === 0, 'Not base64'),
};

/** The upload's body, declared on its route. */
export const uploadBody = z.strictObject({
  kind: z.enum(ONBOARDING_DOCUMENT_KINDS, { error: `One of: ${ONBOARDING_DOCUMENT_KINDS.join(', ')}` }),
  ...fileFields,
  installerId: z.number().int().positive().nullable().optional(),
  notes: z.string().trim().max(500, 'At most 500 characters').nullable().optional(),
  /** A renewed insurance binder's expiry (YYYY-MM-DD). */
  expiresOn: z.iso.date({ error: 'Must be a date (YYYY-MM-DD)' }).nullable().optional(),
});

/** A file that passed the checks: its name, its type (as its bytes announce it), the bytes and their SHA-256. */
export interface CheckedFile {
  fileName: string;
  contentType: DocumentType;
  bytes: Buffer;
  sha256: string;
}

export interface CheckedUpload extends CheckedFile {
  kind: (typeof DOCUMENT_KINDS)[number];
  installerId: number | null;
  notes: string | null;
  expiresOn: string | null;
}

/**
 * Checks a parsed upload body: background-check authorisations name the installer; only an
 * insurance binder has an expiry date; then the file (see checkFile).
 */
export function checkUpload(body: Omit<z.output<typeof uploadBody>, 'kind'> & { kind: CheckedUpload['kind'] }): CheckedUpload {
  const { kind, installerId = null, notes = null, expiresOn = null } = body;
  if (kind === 'background-check-authorization' && installerId === null) {
    throw badRequest('Some fields are invalid', { installerId: 'A background-check authorisation names its installer' });
  }
  if (expiresOn !== null && kind !== 'insurance-binder') throw badRequest('Some fields are invalid', { expiresOn: 'Only an insurance binder has an expiry date' });
  return { kind, installerId, notes: notes || null, expiresOn, ...checkFile(body) };
}

/**
 * Checks an uploaded file: decoded size (413 above MAX_DOCUMENT_BYTES), that the bytes are of the
 * declared type (magic bytes, 400) and that the name's extension is that type's (400).
 */
export function checkFile({ fileName, contentType, data }: { fileName: string; contentType: DocumentType; data: string }): CheckedFile {
  // 4 base64 characters hold 3 bytes: refuse before decoding anything too large
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  const size = (data.length / 4) * 3 - padding;
  if (size > MAX_DOCUMENT_BYTES) {
    throw new HttpError(413, `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`, { data: `At most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB` });
  }
  if (size === 0) throw badRequest('Some fields are invalid', { data: 'The file is empty' });
  const bytes = Buffer.from(data, 'base64');
  const actual = sniffType(bytes);
  if (actual === null) throw badRequest('Only PDF, PNG or JPEG files are accepted', { data: 'Not a PDF, PNG or JPEG file' });
  if (actual !== contentType) {
    throw badRequest(`The file is a ${TYPE_NAMES[actual]}, not the declared ${TYPE_NAMES[contentType]}`, { contentType: `The file is a ${TYPE_NAMES[actual]}` });
  }
  if (!hasExtensionOf(fileName, actual)) {
    const expected = `A ${TYPE_NAMES[actual]} file's name ends in ${EXTENSIONS[actual].join(' or ')}`;
    throw badRequest(`The file is a ${TYPE_NAMES[actual]}: its name must end in ${EXTENSIONS[actual].join(' or ')}`, { fileName: expected });
  }
  return { fileName, contentType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A Content-Disposition header that downloads the file under its name (ASCII fallback + UTF-8). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a stored file as a download under a safe name, never sniffed or cached by the browser. */
export function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; data: string }) {
  return reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', attachmentHeader(servedFileName(file.fileName, file.contentType)))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .send(Buffer.from(file.data, 'base64'));
}
