import { useState, type FormEvent } from 'react';
import { refusalOf, type Refusal } from './refusal.ts';
import type { Problems } from './validation.ts';

interface Options<V, R> {
  initial: V;
  /** Reasons found before sending (translation keys by field); nothing is sent while there are any. */
  validate: (values: V) => Problems;
  send: (values: V) => Promise<R>;
  /** Empty the fields once sent (passwords). */
  resetOnSuccess?: boolean;
}

/**
 * A small form of the account pages: its values, the reasons under its fields (found here or given
 * by the server), the server's refusal, and what the request answered once it succeeded.
 */
export function useAccountForm<V extends Record<string, unknown>, R>({ initial, validate, send, resetOnSuccess = false }: Options<V, R>) {
  const [values, setValues] = useState<V>(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<R | null>(null);

  const set = <K extends keyof V>(field: K, value: V[K]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setProblems(found);
    setRefusal(null);
    setResult(null);
    if (Object.keys(found).length) return;
    setSubmitting(true);
    try {
      setResult(await send(values));
      if (resetOnSuccess) setValues(initial);
    } catch (error) {
      const refused = refusalOf(error);
      setRefusal(refused);
      setProblems(refused.fields);
    } finally {
      setSubmitting(false);
    }
  };

  return { values, set, setValues, problems, refusal, submitting, result, submit };
}
