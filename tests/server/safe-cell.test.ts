import { describe, expect, test } from 'vitest';
import { safeCell } from '../../server/csv/safe-cell.ts';

// OWASP's CSV-injection advice: a cell a spreadsheet would read as a formula starts with a quote.
describe('safeCell', () => {
  test.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['-3', "'-3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain text', 'plain text'],
    ['a=b', 'a=b'],
    ['', ''],
    ["'=already quoted", "'=already quoted"],
    [42, 42],
    [-3, -3],
    [-0.5, -0.5],
    [0, 0],
    [true, true],
    [null, null],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(safeCell(value)).toBe(expected);
  });

  test('escapes the values of nested objects and arrays (the CSV flattens them into a.b columns and x;y cells)', () => {
    const record = { id: 7, name: '=HYPERLINK("http://evil")', balance: -12, address: { street: '@home', city: 'Austin' }, tags: ['+a', 'b', -1], empty: null };
    expect(safeCell(record)).toEqual({
      id: 7,
      name: `'=HYPERLINK("http://evil")`,
      balance: -12,
      address: { street: "'@home", city: 'Austin' },
      tags: ["'+a", 'b', -1],
      empty: null,
    });
    expect(record.name).toBe('=HYPERLINK("http://evil")');
  });
});
