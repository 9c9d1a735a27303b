import { describe, expect, it } from 'vitest';
import { importErrorLines } from '../../src/imports/importErrors.ts';

describe('the errors of an import as table lines', () => {
  it('by row, a column where the key names one, in the order answered within a row', () => {
    expect(
      importErrorLines({
        'row 12: zip': 'Too long',
        'row 3: email': 'Not a valid email address',
        'row 3: jurisdictionId': 'Required',
        'row 4': 'The same as row 2',
        rows: 'At most 20000',
        'row 1: colour': 'Unknown column',
      }),
    ).toEqual([
      { row: null, column: null, message: 'At most 20000' },
      { row: 1, column: 'colour', message: 'Unknown column' },
      { row: 3, column: 'email', message: 'Not a valid email address' },
      { row: 3, column: 'jurisdictionId', message: 'Required' },
      { row: 4, column: null, message: 'The same as row 2' },
      { row: 12, column: 'zip', message: 'Too long' },
    ]);
  });

  it('a column name holding ": " stays whole', () => {
    expect(importErrorLines({ 'row 2: contacts.0: name': 'Required' })).toEqual([{ row: 2, column: 'contacts.0: name', message: 'Required' }]);
  });
});
