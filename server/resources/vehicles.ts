import { z } from 'zod';
import { defineResource } from './define.ts';
import { Field, int, ref, text, type RecordOf } from './fields.ts';
import { customers } from './customers.ts';

/** 17 characters, no I, O or Q (ISO 3779). */
const vin = new Field('text', z.string().trim().toUpperCase().regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'A VIN has 17 letters and digits (no I, O or Q)'), false);

export const vehicles = defineResource({
  name: 'vehicles',
  table: 'vehicles',
  fields: {
    customerId: ref(() => customers).required(),
    year: int(1950, 2100).required(),
    make: text(40).required(),
    model: text(60).required(),
    vin: vin.required(),
    plate: text(12),
    plateState: text(2),
  },
  search: ['make', 'model', 'vin', 'plate'],
  unique: ['vin'],
});

export type Vehicle = RecordOf<typeof vehicles.fields>;
