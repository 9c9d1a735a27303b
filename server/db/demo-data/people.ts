import type { Random } from './random.ts';
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, STREET_NAMES, STREET_SUFFIXES } from './names.ts';
import { slug } from './identifiers.ts';

export interface Person {
  firstName: string;
  lastName: string;
}

export const person = (random: Random): Person => ({ firstName: random.pick(FIRST_NAMES), lastName: random.pick(LAST_NAMES) });

export function street(random: Random, apartment = false): string {
  const base = `${random.int(100, 9899)} ${random.pick(STREET_NAMES)} ${random.pick(STREET_SUFFIXES)}`;
  return apartment ? `${base} Apt ${random.int(1, 40)}${random.pick(['', 'A', 'B', 'C'])}` : base;
}

/** `first.last42@example.com`: a personal address on a reserved domain. */
export const personalEmail = (random: Random, p: Person) =>
  `${slug(p.firstName)}.${slug(p.lastName)}${random.int(1, 99)}@${random.pick(EMAIL_DOMAINS)}`;
