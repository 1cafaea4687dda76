/**
 * What a file really is, from its first bytes — never from its name or the
 * type the browser claims. Only the kinds a record may carry are recognised.
 */
export interface DetectedType {
  mime: string;
  extension: string;
}

const starts = (b: Buffer, sig: number[], at = 0) => sig.every((byte, i) => b[at + i] === byte);

function officeZip(b: Buffer): DetectedType | null {
  // OOXML files are zips whose entries name their part: word/, xl/ or ppt/.
  const head = b.subarray(0, Math.min(b.length, 4096)).toString('latin1');
  if (head.includes('word/'))
    return { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
  if (head.includes('xl/'))
    return { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
  if (head.includes('ppt/'))
    return { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' };
  return null;
}

export function detectFileType(b: Buffer): DetectedType | null {
  if (starts(b, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', extension: 'jpg' };
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', extension: 'png' };
  if (starts(b, [0x47, 0x49, 0x46, 0x38])) return { mime: 'image/gif', extension: 'gif' };
  if (starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b, [0x57, 0x45, 0x42, 0x50], 8))
    return { mime: 'image/webp', extension: 'webp' };
  if (starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: 'application/pdf', extension: 'pdf' };
  if (starts(b, [0x50, 0x4b, 0x03, 0x04])) return officeZip(b);
  // Legacy Office (doc, xls, ppt): an OLE compound file.
  if (starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { mime: 'application/x-ole-storage', extension: 'doc' };
  return null;
}
