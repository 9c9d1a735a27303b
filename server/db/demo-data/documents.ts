import { createHash } from 'node:crypto';
import type { Clock } from './clock.ts';
import { HOUR_MS, isoTime } from './clock.ts';
import type { CenterPlan } from './plan.ts';
import type { Random } from './random.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';

/** Who uploads the onboarding paperwork in the demo (the demo onboarding user). */
const UPLOADER = 'Olivia Onboarding';

const TITLES: Record<string, string> = {
  'service-center-agreement': 'Service Center Agreement',
  w9: 'Form W-9',
  'insurance-binder': 'Insurance binder',
  'background-check-authorization': 'Background-check authorisation',
};

/** PDF text: printable ASCII with the string delimiters escaped. */
const pdfText = (text: string) => text.replace(/[^\x20-\x7e]/g, '-').replace(/[\\()]/g, (c) => `\\${c}`);

/** A small, valid one-page PDF showing a few lines of text. */
export function tinyPdf(lines: string[]): Buffer {
  const content = `BT /F1 14 Tf 72 720 Td ${lines.map((line, i) => `${i ? '0 -22 Td ' : ''}(${pdfText(line)}) Tj`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export interface DocumentData {
  rows: Row[];
  files: Row[];
}

/**
 * The onboarding documents each center's paperwork plan says are on file (agreement, W-9,
 * insurance binder), plus a background-check authorisation per installer where the state
 * requires them: tiny generated PDFs, stored like uploads (size, sha256, base64 bytes apart).
 */
export function generateDocuments(random: Random, clock: Clock, centers: CenterPlan[], installers: Row[]): DocumentData {
  const resource = resourceNamed('documents');
  const staffByCenter = new Map<number, Row[]>();
  for (const row of installers) {
    const id = Number(row.serviceCenterId);
    staffByCenter.set(id, [...(staffByCenter.get(id) ?? []), row]);
  }
  const out: DocumentData = { rows: [], files: [] };
  const add = (center: CenterPlan, kind: string, atMs: number, fileName: string, lines: string[], installerId: number | null) => {
    const bytes = tinyPdf([TITLES[kind], center.name, ...lines]);
    const id = out.rows.length + 1;
    const at = Math.min(Math.max(atMs, center.createdMs), clock.nowMs);
    out.rows.push(
      storedRow(resource, id, at, at, {
        serviceCenterId: center.id,
        installerId,
        kind,
        fileName,
        contentType: 'application/pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        uploadedBy: UPLOADER,
        notes: null,
      }),
    );
    out.files.push({ id, createdAt: isoTime(at), updatedAt: isoTime(at), version: 1, documentId: id, data: bytes.toString('base64') });
  };
  for (const center of centers) {
    const p = center.paperwork;
    const geo = center.jurisdiction.geo;
    const slug = center.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const days: Record<string, number | null> = { 'service-center-agreement': p.agreementDay, w9: p.w9Day, 'insurance-binder': p.insuranceDay };
    for (const kind of p.documents) {
      const day = days[kind] ?? clock.today;
      const lines = kind === 'insurance-binder' && p.insuranceExpiresDay !== null ? [`Effective ${clock.iso(day)}`, `Expires ${clock.iso(p.insuranceExpiresDay)}`] : [`Dated ${clock.iso(day)}`];
      add(center, kind, clock.instant(day, random.int(9 * 60, 17 * 60), geo), `${kind}-${slug}.pdf`, lines, null);
    }
    if (!center.jurisdiction.rules.backgroundCheckRequired) continue;
    const installing = (staffByCenter.get(center.id) ?? []).filter((s) => s.duties !== 'paperwork');
    const authorised = Math.ceil(installing.length * p.authorisedShare);
    for (const staff of installing.slice(0, authorised)) {
      const at = Date.parse(String(staff.createdAt)) + random.int(2, 72) * HOUR_MS;
      const name = `${String(staff.firstName)} ${String(staff.lastName)}`;
      add(center, 'background-check-authorization', at, `background-check-${slug}-${name.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`, [`Authorised by ${name}`], Number(staff.id));
    }
  }
  return out;
}
