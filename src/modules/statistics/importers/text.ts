/**
 * Official CSV files come as UTF-8 (with or without BOM) or Windows-1252. We decide once per
 * file: valid UTF-8 is UTF-8, anything else is Windows-1252 (ISO-8859-1 is a subset).
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

const BOM = [0xef, 0xbb, 0xbf];

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

export function sniffEncoding(bytes: Uint8Array): TextEncoding {
  if (hasUtf8Bom(bytes)) return 'utf-8';
  try {
    // A cut in the middle of a multi-byte sequence at the end of a sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), {
      stream: true,
    });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Decodes a whole file, stripping a BOM. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding = sniffEncoding(bytes)): string {
  const body = encoding === 'utf-8' && hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  return new TextDecoder(encoding).decode(body);
}

/**
 * Decodes a file in chunks (for large flat files); yields strings that may end mid-line.
 * Validation of UTF-8 over the whole file happens as it goes: invalid bytes in a file sniffed
 * as UTF-8 become U+FFFD, which the parsers then report as an unexpected cell.
 */
export function* decodeChunks(bytes: Uint8Array, chunkSize = 1 << 22): Generator<string> {
  const encoding = sniffEncoding(bytes);
  const body = encoding === 'utf-8' && hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const decoder = new TextDecoder(encoding);
  for (let offset = 0; offset < body.length; offset += chunkSize) {
    yield decoder.decode(body.subarray(offset, offset + chunkSize), { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
