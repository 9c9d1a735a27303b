import type { Db, Transaction } from '../../db/database.ts';
import type { PriceEntry } from '../work-orders/rules.ts';
import { onboardingGates, type Gate, type GateInput } from './gates.ts';

const CENTER_COLUMNS = [
  'id',
  'jurisdictionId',
  'agreementSignedOn',
  'w9ReceivedOn',
  'insuranceReceivedOn',
  'insuranceExpiresOn',
  'priceList',
  'stateNotifiedOn',
  'stateNotifiedHow',
  'stateInspectionPassedOn',
] as const;

/**
 * The gate inputs of several centers with five queries in all (centers, jurisdictions, active
 * staff, documents, initial assessments), whatever their number. Unknown ids are left out.
 */
export async function loadGateInputs(db: Db | Transaction, centerIds: number[], today: string): Promise<Map<number, GateInput>> {
  const inputs = new Map<number, GateInput>();
  if (centerIds.length === 0) return inputs;
  const centers = await db.selectFrom('serviceCenters').select(CENTER_COLUMNS).where('id', 'in', centerIds).execute();
  if (centers.length === 0) return inputs;
  const ids = centers.map((c) => c.id);
  const jurisdictionIds = [...new Set(centers.map((c) => c.jurisdictionId))];
  // one after the other: a transaction has one connection
  const jurisdictions = await db.selectFrom('jurisdictions').select(['id', 'backgroundCheckRequired', 'stateInspectionRequired']).where('id', 'in', jurisdictionIds).execute();
  const staff = await db
      .selectFrom('installers')
      .select(['id', 'serviceCenterId', 'firstName', 'lastName', 'duties', 'trainingStatus', 'trainedOn', 'trainingMethod', 'trainer', 'backgroundCheck'])
      .where('serviceCenterId', 'in', ids)
      .where('active', '=', 1)
      .orderBy('id')
      .execute();
  const documents = await db.selectFrom('documents').select(['serviceCenterId', 'kind', 'installerId']).where('serviceCenterId', 'in', ids).execute();
  const assessments = await db
      .selectFrom('audits')
      .select(['id', 'serviceCenterId', 'auditDate', 'band'])
      .where('serviceCenterId', 'in', ids)
      .where('kind', '=', 'initial')
      .where('status', 'in', ['submitted', 'closed'])
      .execute();
  const jurisdictionById = new Map(jurisdictions.map((j) => [j.id, j]));
  for (const c of centers) {
    const j = jurisdictionById.get(c.jurisdictionId);
    inputs.set(c.id, {
      center: {
        agreementSignedOn: c.agreementSignedOn,
        w9ReceivedOn: c.w9ReceivedOn,
        insuranceReceivedOn: c.insuranceReceivedOn,
        insuranceExpiresOn: c.insuranceExpiresOn,
        pricedTypes: (JSON.parse(c.priceList ?? '[]') as PriceEntry[]).map((p) => p.serviceType),
        stateNotifiedOn: c.stateNotifiedOn,
        stateNotifiedHow: c.stateNotifiedHow,
        stateInspectionPassedOn: c.stateInspectionPassedOn,
      },
      jurisdiction: { backgroundCheckRequired: j?.backgroundCheckRequired === 1, stateInspectionRequired: j?.stateInspectionRequired === 1 },
      staff: [],
      documents: [],
      assessments: [],
      today,
    });
  }
  for (const s of staff) {
    inputs.get(s.serviceCenterId)!.staff.push({
      id: s.id,
      firstName: s.firstName,
      lastName: s.lastName,
      duties: s.duties,
      trainingStatus: s.trainingStatus,
      trainedOn: s.trainedOn,
      trainingMethod: s.trainingMethod,
      trainer: s.trainer,
      backgroundCheck: s.backgroundCheck,
    });
  }
  for (const d of documents) {
    inputs.get(d.serviceCenterId)!.documents.push({ kind: d.kind, installerId: d.installerId });
  }
  for (const a of assessments) {
    inputs.get(a.serviceCenterId)!.assessments.push({ id: a.id, auditDate: a.auditDate, band: a.band });
  }
  return inputs;
}

/** The gates of one center (its id must exist). */
export async function centerGates(db: Db | Transaction, centerId: number, today: string): Promise<Gate[]> {
  const input = (await loadGateInputs(db, [centerId], today)).get(centerId);
  if (!input) throw new Error(`No center ${centerId}`);
  return onboardingGates(input);
}
