/** Texts by key, nested (polyglot's shape). */
export interface Messages {
  [key: string]: string | Messages;
}

/** One feature's texts of the client portal in English and Spanish: the same keys, under `client.<feature>`. */
export interface FeatureMessages {
  en: Messages;
  es: Messages;
}
