import { describe, expect, test } from 'vitest';
import { parseArticle, parseRuns } from '../../../src/client/help/markdown.ts';
import { videoSite } from '../../../src/client/help/videoSite.ts';
import { MAP_HEIGHT, MAP_WIDTH, mapFrame } from '../../../src/client/help/locator/mapFrame.ts';
import { formatMiles, weekLines } from '../../../src/client/help/locator/format.ts';

const plain = (text: string) => ({ text, strong: false });
const bold = (text: string) => ({ text, strong: true });

describe('the markdown subset of help articles', () => {
  test.each([
    ['plain text', 'Just text.', [plain('Just text.')]],
    ['bold inside', 'Wait **15 minutes** first', [plain('Wait '), bold('15 minutes'), plain(' first')]],
    ['bold at both ends', '**A** and **B**', [bold('A'), plain(' and '), bold('B')]],
    ['an unpaired marker stays as written', 'a ** b', [plain('a ** b')]],
    ['HTML stays text', '<img src=x onerror=alert(1)>', [plain('<img src=x onerror=alert(1)>')]],
  ])('%s', (_name, text, runs) => expect(parseRuns(text)).toEqual(runs));

  test('paragraphs, line breaks, headings, bullet and numbered lists', () => {
    const body = 'First line\nsecond line\n\n## Steps\n1. One\n2) **Two**\n- A\n* B\nAfter the list\n\n\n  Indented  ';
    expect(parseArticle(body)).toEqual([
      { kind: 'paragraph', lines: [[plain('First line')], [plain('second line')]] },
      { kind: 'heading', line: [plain('Steps')] },
      { kind: 'numbers', items: [[plain('One')], [bold('Two')]] },
      { kind: 'bullets', items: [[plain('A')], [plain('B')]] },
      { kind: 'paragraph', lines: [[plain('After the list')]] },
      { kind: 'paragraph', lines: [[plain('Indented')]] },
    ]);
    expect(parseArticle('')).toEqual([]);
    expect(parseArticle('- a\r\n\r\n- b')).toEqual([
      { kind: 'bullets', items: [[plain('a')]] },
      { kind: 'bullets', items: [[plain('b')]] },
    ]);
  });
});

test.each([
  ['https://www.youtube.com/watch?v=abc', 'YouTube'],
  ['https://youtu.be/abc', 'YouTube'],
  ['https://m.youtube.com/watch?v=abc', 'YouTube'],
  ['https://vimeo.com/76979871', 'Vimeo'],
  ['https://player.vimeo.com/video/1', 'Vimeo'],
  ['https://www.notyoutube.com/x', 'notyoutube.com'],
  ['https://videos.example.com/interlock/first-breath-test', 'videos.example.com'],
  ['not a link', null],
])('the site of %s is %s', (url, site) => expect(videoSite(url)).toBe(site));

describe('the part of the map shown', () => {
  test('the whole map without points', () => expect(mapFrame([])).toEqual([0, 0, MAP_WIDTH, MAP_HEIGHT]));

  test('one point: the narrowest view, centred on it, at the map’s proportions', () => {
    const [x, y, width, height] = mapFrame([[500, 300]]);
    expect(width).toBe(160);
    expect(height / width).toBeCloseTo(MAP_HEIGHT / MAP_WIDTH);
    expect(x + width / 2).toBeCloseTo(500);
    expect(y + height / 2).toBeCloseTo(300);
  });

  test('points far apart: all inside with a margin, never beyond the map', () => {
    const points = [[100, 100], [400, 200]] as const;
    const [x, y, width, height] = mapFrame(points);
    for (const [px, py] of points) {
      expect(px).toBeGreaterThan(x);
      expect(px).toBeLessThan(x + width);
      expect(py).toBeGreaterThan(y);
      expect(py).toBeLessThan(y + height);
    }
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(mapFrame([[5, 5], [970, 600]])).toEqual([0, 0, MAP_WIDTH, MAP_HEIGHT]);
    const [cx, cy] = mapFrame([[2, 3]]);
    expect([cx, cy]).toEqual([0, 0]);
  });
});

describe('how a center’s hours read', () => {
  const day = [{ opens: '08:00', closes: '17:00' }];
  const split = [{ opens: '08:00', closes: '12:00' }, { opens: '13:00', closes: '24:00' }];
  const week = { mon: day, tue: day, wed: day, thu: split, fri: day, sat: [], sun: [] };

  test('consecutive days with the same hours share a line; closed days have none', () => {
    expect(weekLines(week, 'en')).toEqual([
      { days: 'Mon–Wed', times: '8:00 AM–5:00 PM' },
      { days: 'Thu', times: '8:00 AM–12:00 PM, 1:00 PM–12:00 AM' },
      { days: 'Fri', times: '8:00 AM–5:00 PM' },
      { days: 'Sat–Sun', times: null },
    ]);
    expect(weekLines({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }, 'en')).toEqual([{ days: 'Mon–Sun', times: '8:00 AM–5:00 PM' }]);
  });

  test('in Spanish', () => {
    expect(weekLines(week, 'es')[0]).toEqual({ days: 'lun–mié', times: '8:00 a.m.–5:00 p.m.' });
  });

  test.each([
    ['en', 0, '0 mi'],
    ['en', 12.3, '12.3 mi'],
    ['en', 1234.5, '1,234.5 mi'],
    ['es', 12.3, '12.3 mi'],
  ])('%s: %s miles read %s', (locale, miles, text) => expect(formatMiles(locale, miles)).toBe(text));
});
