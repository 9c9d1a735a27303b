import { defineResource } from './define.ts';
import { text, type RecordOf } from './fields.ts';

export const regions = defineResource({
  name: 'regions',
  table: 'regions',
  fields: {
    code: text(10).required(),
    name: text(100).required(),
    description: text(1000),
  },
  search: ['code', 'name', 'description'],
  unique: ['code'],
});

export type Region = RecordOf<typeof regions.fields>;
