import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Where role names may appear: in the SPA the user form (it edits a user's role) and the label
 * files; on the server the policy and sign-in (server/auth/), the users resource, the database
 * set-up (migrations, demo users, create-admin).
 */
const ALLOWED = [
  /^src\/resources\/users\//,
  /^src\/.*(^|\/)i18n\.ts$/,
  /^src\/providers\/choiceMessages\.ts$/,
  /^server\/auth\//,
  /^server\/resources\/users\.ts$/,
  /^server\/db\//,
  /^server\/create-admin\.ts$/,
];

const ROLE = `'(?:admin|compliance|regional-manager|onboarding|center-staff)'`;
/** Role names that mean nothing else in the SPA ('compliance' and 'onboarding' are also dashboards and tabs). */
const ONLY_ROLE = `'(?:admin|regional-manager|center-staff)'`;

/** Ways a component decides by role instead of asking `canAccess`. */
const PATTERNS: [string, RegExp][] = [
  ['reads a role', /\??\.role\b(?!["'`.])/],
  ['compares a role', /\brole\s*[!=]==?|[!=]==?\s*role\b/],
  ['looks a role up in a list', /includes\([^)]*\brole\b/],
  ['compares a role name', new RegExp(`[!=]==?\\s*${ONLY_ROLE}|${ONLY_ROLE}\\s*[!=]==?|case\\s+${ONLY_ROLE}`)],
  ['lists role names', new RegExp(`\\[\\s*(?:${ONLY_ROLE}\\s*,\\s*${ROLE}|${ROLE}\\s*,\\s*${ONLY_ROLE})`)],
  ['keys a table by role', /Record<Role\b|\b[A-Z_]*(?:ROLES|ISSUERS)\b/],
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every line of the SPA and the server (outside the allowed files) that decides by role, as `file:line: why`. */
export function roleDecisions(): string[] {
  return [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'server'))].flatMap((path) => {
    const file = relative(ROOT, path).split('\\').join('/');
    if (ALLOWED.some((allowed) => allowed.test(file))) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, index) => PATTERNS.filter(([, pattern]) => pattern.test(line)).map(([why]) => `${file}:${index + 1}: ${why}: ${line.trim()}`));
  });
}

describe('the SPA and the server ask the policy, they never decide by role', () => {
  it('no component and no route or rule outside server/auth/ compares role names (the user form excepted)', () => {
    expect(roleDecisions()).toEqual([]);
  });

  it.each([
    ["identity?.role !== 'compliance'"],
    ["const COMPLETERS = ['admin', 'compliance'];"],
    ['if (!ISSUERS.includes(String(identity?.role))) return null;'],
    ["return <RegionalDashboard by={role === 'regional-manager' ? 'center' : 'region'} />;"],
    ['const VIEWS_OF: Record<Role, DashboardView[]> = {'],
    ["case 'center-staff':"],
  ])('would catch %s', (line) => {
    expect(PATTERNS.some(([, pattern]) => pattern.test(line))).toBe(true);
  });

  it.each([["const DASHBOARD_VIEWS = ['regional', 'compliance', 'onboarding'] as const;"], ["case 'compliance':"], ['<TextInput source="role" />'], ["usePeriod('compliance', 'unlock-codes-by-state')"], ['label="resources.service-centers.contact.role"']])(
    'lets %s pass',
    (line) => {
      expect(PATTERNS.some(([, pattern]) => pattern.test(line))).toBe(false);
    },
  );
});
