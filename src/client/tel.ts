/** A `tel:` link for a phone number as written ("(800) 555-0199" → "tel:8005550199"). */
export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;
