import { defineResource } from './define.ts';
import { bool, choice, date, email, phone, ref, text, type RecordOf } from './fields.ts';
import { BACKGROUND_CHECKS, CERTIFICATION_STATUSES, STAFF_DUTIES, TRAINING_METHODS, TRAINING_STATUSES } from './choices.ts';
import { serviceCenters } from './service-centers.ts';

export const installers = defineResource({
  name: 'installers',
  table: 'installers',
  fields: {
    serviceCenterId: ref(() => serviceCenters).required(),
    firstName: text(60).required(),
    lastName: text(60).required(),
    email: email(),
    phone: phone(),
    /** Installers and paperwork handlers are both trained before a center goes live. */
    duties: choice(STAFF_DUTIES).required(),
    trainingStatus: choice(TRAINING_STATUSES).required(),
    trainedOn: date(),
    trainingMethod: choice(TRAINING_METHODS),
    trainer: text(120),
    certificationStatus: choice(CERTIFICATION_STATUSES).required(),
    certificationExpiresOn: date(),
    backgroundCheck: choice(BACKGROUND_CHECKS).required(),
    active: bool().required(),
  },
  search: ['firstName', 'lastName', 'email', 'phone', 'trainer'],
  defaults: { duties: 'installer', trainingStatus: 'not-started', certificationStatus: 'none', backgroundCheck: 'pending', active: true },
});

export type Installer = RecordOf<typeof installers.fields>;
