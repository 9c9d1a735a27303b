/** A file's contents read in the browser, as a data URL or as text. */
const read = (file: File, as: 'readAsDataURL' | 'readAsText') =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader[as](file);
  });

/** A file's bytes as base64 (what the upload commands take), read in the browser. */
export const readBase64 = async (file: File) => (await read(file, 'readAsDataURL')).replace(/^data:[^,]*,/, '');

/** A text file's contents (UTF-8), read in the browser: a CSV file to import. */
export const readText = (file: File) => read(file, 'readAsText');
