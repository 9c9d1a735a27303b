import { BACKGROUND_CHECKS, CERTIFICATION_STATUSES, TRAINING_STATUSES } from '../../resources/choices.ts';
import type { Clock } from './clock.ts';
import { phone, slug } from './identifiers.ts';
import { person } from './people.ts';
import type { CenterPlan } from './plan.ts';
import type { Random } from './random.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';

type Training = (typeof TRAINING_STATUSES)[number];
type Certification = (typeof CERTIFICATION_STATUSES)[number];
type Background = (typeof BACKGROUND_CHECKS)[number];

interface Qualification {
  training: Training;
  trainedOn: number | null;
  certification: Certification;
  expiresOn: number | null;
  background: Background;
  active: boolean;
}

const CERTIFICATION_YEARS = 2;

/** The provider's trainers (electronic courses and on-site visits). */
const TRAINERS = ['Dana Whitfield', 'Marcus Ortega', 'Priya Raman', 'Colin Baptiste', 'Hannah Kowalski'];

/** Everyone on a center's staff handles paperwork or installs; small centers have one person doing both. */
function dutiesOf(count: number, i: number): string {
  if (count === 1) return 'installer-and-paperwork';
  return count > 2 && i === count - 1 ? 'paperwork' : 'installer';
}

/** Training, certification and background check consistent with the center's onboarding stage. */
function qualification(random: Random, clock: Clock, center: CenterPlan): Qualification {
  const required = center.jurisdiction.rules.backgroundCheckRequired;
  const background = (passedShare: number): Background =>
    !required ? 'not-required' : random.chance(passedShare) ? 'passed' : random.chance(0.9) ? 'pending' : 'failed';
  const certified = (trainedOn: number): Qualification => {
    const expiresOn = clock.addMonths(trainedOn, CERTIFICATION_YEARS * 12);
    return {
      training: 'completed',
      trainedOn,
      certification: expiresOn < clock.today ? 'expired' : 'certified',
      expiresOn,
      background: background(1),
      active: true,
    };
  };
  switch (center.status) {
    case 'applicant':
      return { training: 'not-started', trainedOn: null, certification: 'none', expiresOn: null, background: background(0), active: true };
    case 'assessment':
      return { training: random.pick(['not-started', 'scheduled'] as const), trainedOn: null, certification: 'none', expiresOn: null, background: background(0.4), active: true };
    case 'training': {
      const done = random.chance(0.5);
      return {
        training: done ? 'completed' : 'scheduled',
        trainedOn: done ? clock.today - random.int(1, 30) : null,
        certification: done ? 'pending' : 'none',
        expiresOn: null,
        background: background(0.7),
        active: true,
      };
    }
    case 'state-notified':
    case 'state-inspection':
      return { training: 'completed', trainedOn: clock.today - random.int(10, 90), certification: 'pending', expiresOn: null, background: background(1), active: true };
    case 'live': {
      // recertified within the last cycle; a few let it lapse
      const trainedOn = random.chance(0.9) ? clock.today - random.int(10, 700) : clock.today - random.int(740, 900);
      const q = certified(trainedOn);
      if (q.certification === 'expired' && random.chance(0.5)) q.active = false;
      if (q.background === 'failed') q.active = false;
      return q;
    }
    case 'suspended':
      return certified(clock.today - random.int(200, 900));
    case 'closed': {
      const q = certified(clock.today - random.int(400, 1200));
      q.active = false;
      return q;
    }
  }
}

/** 1–5 installers per center. */
export function* generateInstallers(random: Random, clock: Clock, centers: CenterPlan[]): Generator<Row> {
  const resource = resourceNamed('installers');
  let id = 0;
  for (const center of centers) {
    const count = Number(random.weighted({ 1: 10, 2: 25, 3: 30, 4: 20, 5: 15 }));
    const domain = `${slug(center.name)}.example.com`;
    for (let i = 0; i < count; i++) {
      const p = person(random);
      const q = qualification(random, clock, center);
      // a center that is live keeps at least one active installer (a go-live gate)
      if (center.status === 'live' && i === 0) q.active = true;
      const trained = q.training === 'completed';
      const method = q.training === 'not-started' ? null : random.chance(0.6) ? 'electronic' : 'on-site';
      const createdDay = Math.min(q.trainedOn ?? clock.today, clock.today) - random.int(5, 60);
      const createdMs = Math.max(center.createdMs, Math.min(clock.instant(createdDay, random.int(540, 960), center.jurisdiction.geo), clock.nowMs));
      const updatedMs = q.trainedOn === null ? createdMs : Math.min(clock.instant(q.trainedOn, 17 * 60, center.jurisdiction.geo), clock.nowMs);
      yield storedRow(resource, ++id, createdMs, updatedMs, {
        serviceCenterId: center.id,
        firstName: p.firstName,
        lastName: p.lastName,
        email: random.chance(0.8) ? `${slug(p.firstName)}.${slug(p.lastName)}@${domain}` : null,
        phone: random.chance(0.7) ? phone(random, center.city.areaCode) : null,
        duties: dutiesOf(count, i),
        trainingStatus: q.training,
        trainedOn: q.trainedOn === null ? null : clock.iso(q.trainedOn),
        trainingMethod: method,
        trainer: trained ? random.pick(TRAINERS) : null,
        certificationStatus: q.certification,
        certificationExpiresOn: q.expiresOn === null ? null : clock.iso(q.expiresOn),
        backgroundCheck: q.background,
        active: q.active,
      });
    }
  }
}
