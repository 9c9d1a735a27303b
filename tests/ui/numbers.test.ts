import { describe, expect, test } from 'vitest';
import { decimal, percent, sharePercent } from '../../src/numbers.ts';

describe('percent: every percentage shown, to one decimal', () => {
  test.each([
    [97.19626168224299, '97.2 %'],
    [33.33, '33.3 %'],
    [99.96, '100 %'],
    [100, '100 %'],
    [0, '0 %'],
    [12.25, '12.3 %'],
    [-4.44, '-4.4 %'],
    [null, '—'],
    [undefined, '—'],
    [Number.NaN, '—'],
  ])('%s → %s', (value, text) => {
    expect(percent(value)).toBe(text);
  });
});

describe('sharePercent: a 0–1 share', () => {
  test.each([
    [0.25, '25 %'],
    [0.123, '12.3 %'],
    [1 / 3, '33.3 %'],
    [1, '100 %'],
    [null, '—'],
  ])('%s → %s', (share, text) => {
    expect(sharePercent(share)).toBe(text);
  });
});

describe('decimal: a score or a duration, to one decimal', () => {
  test.each([
    [81.456, '81.5'],
    [4.5, '4.5'],
    [4, '4'],
    [-1.25, '-1.3'],
    [1234.56, '1,234.6'],
    [null, '—'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('%s → %s', (value, text) => {
    expect(decimal(value)).toBe(text);
  });
});
