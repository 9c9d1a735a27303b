// The life of a checklist version: draft → published (what new audits use) → retired (a newer one
// was published). Pure rules; the commands and the audits' check look the facts up.
import type { TemplateIssue } from '../../../audits/index.ts';

/** What the rules need of a stored template version. */
export interface VersionFacts {
  id: number;
  key: string;
  version: number;
  kind: string;
  title: string;
  status: string;
}

/** `sections[2].items[4].weight` (a path of the engine's check) as `['sections', 2, 'items', 4, 'weight']`. */
export function issuePath(path: string): (string | number)[] {
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The form's field of an issue: `definition.sections.2.items.4.weight`. */
export const definitionField = (path: string): string => ['definition', ...issuePath(path)].join('.');

/** The engine's issues as `{ field: why }` under the form's fields, the first issue per field. */
export function definitionErrors(issues: readonly TemplateIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, message } of issues) {
    const field = definitionField(path);
    if (!Object.hasOwn(errors, field)) errors[field] = message;
  }
  return errors;
}

/** Why a draft may not be published beside the other versions of its key, or null: versions only go up. */
export function publishProblem(draft: Pick<VersionFacts, 'version'>, others: readonly Pick<VersionFacts, 'version' | 'status'>[]): string | null {
  const released = others.filter((o) => o.status !== 'draft').map((o) => o.version);
  const highest = released.length ? Math.max(...released) : 0;
  return draft.version > highest ? null : `Version ${draft.version} is not newer than version ${highest}, already published`;
}

/** The version a new draft of a key gets, or why none is made: one draft per checklist at a time. */
export function nextDraft(versions: readonly Pick<VersionFacts, 'id' | 'version' | 'status'>[]): { version: number } | { problem: string; draftId: number } {
  const draft = versions.find((v) => v.status === 'draft');
  if (draft) return { problem: `Version ${draft.version} of this checklist is a draft already: edit it`, draftId: draft.id };
  return { version: Math.max(0, ...versions.map((v) => v.version)) + 1 };
}

/** What an audit's checklist is chosen from. */
export interface TemplateChoice {
  /** The template kind the audit needs (an amending audit: the amended audit's). */
  kind: string;
  amending: boolean;
  /** The template the client named, as stored; undefined when it named none. */
  requested?: VersionFacts;
  /** The newest published template of the kind, if any. */
  current?: VersionFacts;
  /** A template the audit may keep although it is no longer current: its own, or the amended audit's. */
  kept?: number;
}

/**
 * The template an audit uses, or why the one named is refused: new audits use the current
 * published checklist of their kind; an audit keeps the version it was started with, and an
 * amending audit may keep the amended audit's.
 */
export function chooseTemplate({ kind, amending, requested, current, kept }: TemplateChoice): { id: number } | { problem: string } {
  if (!requested) {
    const id = kept ?? current?.id;
    return id === undefined ? { problem: `No ${kind} checklist is published yet` } : { id };
  }
  if (requested.kind !== kind) return { problem: amending ? `Must be an ${kind} template, like the amended audit's` : `An ${kind} audit uses an ${kind} template` };
  if (requested.status === 'draft') return { problem: 'A draft checklist is not used for audits: publish it first' };
  if (requested.id === kept || requested.id === current?.id) return { id: requested.id };
  return { problem: current ? `New audits use the current ${kind} checklist, ${current.title} (v${current.version})` : `No ${kind} checklist is published yet` };
}
