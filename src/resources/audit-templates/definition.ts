// What the checklist editor's form holds, made into a template the engine checks: empty inputs
// left out, and each item keeping only the settings of its kind (a measurement turned into a
// yes/no question loses its tolerance).
type Obj = Record<string, unknown>;

const COMMON = ['key', 'requirement', 'kind', 'text', 'guidance', 'weight', 'critical', 'severity', 'allowNotApplicable', 'correctiveAction'];
/** The settings each item kind has beside the common ones. */
export const KIND_FIELDS: Record<string, readonly string[]> = {
  yesNo: [],
  measurement: ['unit', 'check'],
  count: ['minimum', 'unit', 'proportional'],
  choice: ['options'],
};
/** The settings of each kind of measured check. */
const CHECK_FIELDS: Record<string, readonly string[]> = {
  range: ['type', 'min', 'max'],
  tolerance: ['type', 'reference', 'tolerancePercent', 'toleranceAbsolute', 'referenceRange'],
};
/** Yes/no flags whose "no" is the same as leaving them out. */
const FLAGS = new Set(['critical', 'allowNotApplicable', 'proportional']);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object without its empty members (null, blank text, a flag that is off), keeping only `keep` when given. */
function compact(value: Obj, keep?: readonly string[]): Obj {
  return Object.fromEntries(
    Object.entries(value).filter(([k, v]) => (keep ? keep.includes(k) : true) && v != null && !(typeof v === 'string' && v.trim() === '') && !(FLAGS.has(k) && v === false)),
  );
}

function cleanItem(item: unknown): unknown {
  if (!isObj(item)) return item;
  const own = KIND_FIELDS[String(item.kind)];
  const cleaned = compact(item, own ? [...COMMON, ...own] : undefined);
  if (item.kind === 'measurement') {
    cleaned.unit = typeof item.unit === 'string' ? item.unit.trim() : '';
    if (isObj(item.check)) {
      const check = compact(item.check, CHECK_FIELDS[String(item.check.type)]);
      if (isObj(check.referenceRange) && (check.referenceRange.min == null || check.referenceRange.max == null)) delete check.referenceRange;
      cleaned.check = check;
    }
  }
  if (Array.isArray(cleaned.options)) cleaned.options = cleaned.options.map((o) => (isObj(o) ? compact(o) : o));
  return cleaned;
}

/** The form's checklist as the template the server stores and the engine scores. */
export function cleanDefinition(definition: unknown): unknown {
  if (!isObj(definition)) return definition;
  const cleaned = compact(definition);
  if (Array.isArray(definition.sections)) {
    cleaned.sections = definition.sections.map((s) => (isObj(s) ? { ...compact(s), items: Array.isArray(s.items) ? s.items.map(cleanItem) : s.items } : s));
  }
  return cleaned;
}
