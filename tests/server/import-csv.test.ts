import { describe, expect, test } from 'vitest';
import { readCsvTable } from '../../server/rules/imports/csv-table.ts';
import { cellValue, rowBody } from '../../server/rules/imports/cells.ts';
import { HttpError } from '../../server/rest/errors.ts';

const KNOWN = ['name', 'count', 'active', 'notes'];

describe('reading the file', () => {
  test.for([
    ['plain', 'name,count\nA,1\nB,2', ['name', 'count'], [{ row: 2, cells: ['A', '1'] }, { row: 3, cells: ['B', '2'] }]],
    ['quoted commas, quotes and line breaks', 'name,notes\n"Smith, J","said ""hi""\nthen left"', ['name', 'notes'], [{ row: 2, cells: ['Smith, J', 'said "hi"\nthen left'] }]],
    ['a byte-order mark, CRLF and blank lines (kept out, numbers as in a spreadsheet)', '\uFEFFname\r\nA\r\n\r\n ,\r\nB\r\n', ['name'], [{ row: 2, cells: ['A'] }, { row: 5, cells: ['B'] }]],
    ['spaces around a column name', ' name ,count\nA,1', ['name', 'count'], [{ row: 2, cells: ['A', '1'] }]],
  ] as const)('%s', ([, text, columns, rows]) => {
    expect(readCsvTable(text, KNOWN)).toEqual({ columns, rows });
  });

  test.for([
    ['an empty file', '', { 'row 1': 'No column names' }],
    ['an unknown column', 'name,zip\nA,1', { 'row 1: zip': 'Unknown column; the columns are name, count, active, notes' }],
    ['a repeated column', 'name,name\nA,B', { 'row 1: name': 'This column appears twice' }],
    ['an unclosed quote', 'name\n"A', { 'row 2': expect.any(String) }],
  ] as const)('%s is refused, naming the row and column', ([, text, errors]) => {
    let thrown: unknown;
    try {
      readCsvTable(text, KNOWN);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HttpError);
    expect((thrown as HttpError).status).toBe(400);
    expect((thrown as HttpError).errors).toEqual(errors);
  });
});

describe('reading a cell as its field', () => {
  test.for([
    ['int', '42', { value: 42 }],
    ['int', ' -7 ', { value: -7 }],
    ['real', '12.50', { value: 12.5 }],
    ['int', 'twelve', { value: 'twelve' }],
    ['int', '1e3', { value: '1e3' }],
    ['bool', 'Yes', { value: true }],
    ['bool', 'false', { value: false }],
    ['bool', '0', { value: false }],
    ['bool', 'perhaps', { value: 'perhaps' }],
    ['json', '[{"name":"Pat"}]', { value: [{ name: 'Pat' }] }],
    ['json', '{name}', { error: expect.stringMatching(/^Must be JSON/) }],
    ['text', ' Ada ', { value: ' Ada ' }],
    ['date', '2026-01-15', { value: '2026-01-15' }],
  ] as const)('%s %j', ([kind, cell, expected]) => {
    expect(cellValue(kind, cell)).toEqual(expected);
  });

  test('a row: empty cells left out, missing trailing cells too, errors by column', () => {
    const kinds = { name: 'text', count: 'int', active: 'bool', notes: 'json' } as const;
    expect(rowBody(kinds, ['name', 'count', 'active', 'notes'], ['Ada', '', 'no'])).toEqual({ body: { name: 'Ada', active: false }, errors: {} });
    expect(rowBody(kinds, ['name', 'notes'], ['Ada', '[oops'])).toEqual({ body: { name: 'Ada' }, errors: { notes: expect.any(String) } });
  });
});
