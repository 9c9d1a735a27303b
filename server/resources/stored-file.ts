import { int, text } from './fields.ts';

/** What a record keeps of an uploaded file (its bytes are in a table of their own): written by the upload only. */
export const storedFileFields = () => ({
  fileName: text(200).required().serverOwned(),
  contentType: text(100).required().serverOwned(),
  size: int().required().serverOwned(),
  sha256: text(64).required().serverOwned(),
  uploadedBy: text(100).serverOwned(),
});
