// Uploaded files, checked before the kit parses them: a size limit (413) and a type known by its extension AND its
// content (415): an .xlsx is a zip (PK\x03\x04), a .csv is text without NUL bytes. Uploads are read in memory,
// parsed by the kit's readers, never run and never served back.

import { formatBytes } from './limits.ts';
import { HttpError } from './errors.ts';

export type UploadKind = 'csv' | 'xlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The kind of an upload from its name and bytes, or a 415 naming what is accepted. */
export function checkUploadType(name: string, bytes: Uint8Array, accepted: readonly UploadKind[]): UploadKind {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const kind = accepted.find((each) => each === extension);
  const expected = accepted.map((each) => `.${each}`).join(' or ');
  if (!kind)
    throw new HttpError(
      415,
      `${name}: the app takes ${expected} files here.`,
      'Export the file again as ' + expected + '.',
    );
  if (kind === 'xlsx' && !ZIP_MAGIC.every((byte, index) => bytes[index] === byte))
    throw new HttpError(
      415,
      `${name}: this is not an Excel workbook (.xlsx), whatever its name says.`,
      'Save it from Excel as .xlsx, or export a .csv.',
    );
  if (kind === 'csv' && bytes.includes(0))
    throw new HttpError(
      415,
      `${name}: this is not a text (.csv) file, whatever its name says.`,
      'Export it again as .csv.',
    );
  return kind;
}

/** The bytes of an uploaded file, or a 413 when it is bigger than `limit`. */
export async function readUpload(file: File, limit: number, what: string): Promise<Uint8Array> {
  if (file.size > limit)
    throw new HttpError(
      413,
      `${file.name}: ${what} may be at most ${formatBytes(limit)}; this one is ${formatBytes(file.size)}.`,
    );
  return new Uint8Array(await file.arrayBuffer());
}

/** The field `name` of a multipart form as a file, or undefined (a text value where a file belongs is a 400). */
export function pickFile(form: Record<string, unknown>, name: string): File | undefined {
  const value = form[name];
  if (value === undefined || value === '') return undefined;
  if (value instanceof File) return value;
  throw new HttpError(400, `The form's "${name}" must be a file.`);
}
