import type { TemplateItem } from '../../../audits/index.ts';
import { percent, sharePercent } from '../../numbers.ts';

/** What an item asks for, in a few words: "±10 % of the reference", "at least 2 devices", "34 ± 0.2 °C". */
export function criterionOf(item: TemplateItem): string {
  switch (item.kind) {
    case 'yesNo':
      return 'passes on Yes';
    case 'count':
      return `at least ${item.minimum}${item.unit ? ` ${item.unit}` : ''}${item.proportional ? ' (partial credit below)' : ''}`;
    case 'choice':
      return item.options.map((o) => `${o.label} (${sharePercent(o.score)})`).join(' · ');
    case 'measurement': {
      const c = item.check;
      if (c.type === 'range') {
        if (c.min !== undefined && c.max !== undefined) return `${c.min}–${c.max} ${item.unit}`;
        return c.min !== undefined ? `≥ ${c.min} ${item.unit}` : `≤ ${c.max} ${item.unit}`;
      }
      const tolerance = c.tolerancePercent !== undefined ? `±${percent(c.tolerancePercent)}` : `±${c.toleranceAbsolute} ${item.unit}`;
      const reference = c.reference !== undefined ? `${c.reference} ${item.unit}` : 'the reference entered';
      const range = c.referenceRange ? `; reference ${c.referenceRange.min}–${c.referenceRange.max} ${item.unit}` : '';
      return `${reference} ${tolerance}${range}`;
    }
  }
}
