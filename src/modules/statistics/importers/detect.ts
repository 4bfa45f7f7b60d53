import { AppError } from '../../../platform/errors.ts';
import { decodeText, sniffEncoding } from './text.ts';
import {
  type FileProbe,
  type Importer,
  ImportFormatError,
  type ImportSource,
  type ObservationStream,
} from './types.ts';

const PROBE_BYTES = 64 * 1024;

export function probeFile(source: ImportSource): FileProbe {
  const head = source.bytes.subarray(0, PROBE_BYTES);
  const base = { fileName: source.fileName, head };
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const ascii = Buffer.from(head).toString('latin1');
    const xlsx =
      ascii.includes('[Content_Types].xml') || ascii.includes('xl/') || /\.xlsx$/i.test(source.fileName);
    return { ...base, lines: [], kind: xlsx ? 'xlsx' : 'zip' };
  }
  if (!looksLikeText(head)) return { ...base, lines: [], kind: 'binary' };
  const text = decodeText(head, sniffEncoding(source.bytes));
  const lines = text.split(/\r?\n/).slice(0, 40);
  // The last line of a probe may be cut off; keep it only if the file is that short.
  if (source.bytes.length > PROBE_BYTES) lines.pop();
  return { ...base, lines, kind: 'text' };
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return true;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control / head.length < 0.01;
}

/**
 * Finds the importer for a file and opens it. Importers whose `detect` answers come first;
 * for xlsx and zip files, whose layouts cannot always be told from the first bytes, the others
 * of the same kind are tried too, and a "Layout" complaint moves on to the next candidate.
 */
export async function openWithDetectedImporter(
  importers: readonly Importer[],
  source: ImportSource,
): Promise<{ importer: Importer; stream: ObservationStream }> {
  if (source.bytes.length === 0 || (source.bytes.length <= 3 && decodeText(source.bytes).trim() === '')) {
    throw new AppError('import.empty', {
      message: `${source.fileName}: empty file`,
      userMessage: `${source.fileName}: Die Datei ist leer.`,
      details: { file: source.fileName },
    });
  }
  const probe = probeFile(source);
  const detected = importers.filter((importer) => importer.detect(probe));
  const candidates =
    probe.kind === 'xlsx' || probe.kind === 'zip'
      ? [
          ...detected,
          ...importers.filter((importer) => !detected.includes(importer) && kindOf(importer) === probe.kind),
        ]
      : detected;
  let layoutComplaint: ImportFormatError | null = null;
  for (const importer of candidates) {
    try {
      return { importer, stream: await importer.open(source) };
    } catch (error) {
      if (
        error instanceof ImportFormatError &&
        error.expected.startsWith('Layout') &&
        candidates.length > 1
      ) {
        // Only an importer that recognised the file by its name has something useful to say.
        if (detected.includes(importer)) layoutComplaint ??= error;
        continue;
      }
      throw error;
    }
  }
  throw unknownLayout(source.fileName, probe, importers, layoutComplaint);
}

function kindOf(importer: Importer): FileProbe['kind'] {
  if (importer.format.endsWith('-xlsx')) return 'xlsx';
  if (importer.format === 'genesis-ffcsv' && importer.label.toLowerCase().includes('zip')) return 'zip';
  return 'text';
}

function unknownLayout(
  fileName: string,
  probe: FileProbe,
  importers: readonly Importer[],
  complaint: ImportFormatError | null,
): AppError {
  const known = [...new Set(importers.map((importer) => importer.label))].join('; ');
  const what =
    probe.kind === 'binary'
      ? 'Die Datei ist weder Text (CSV, JSON) noch eine Excel-Arbeitsmappe'
      : probe.kind === 'text'
        ? `Zeile 1 ${JSON.stringify((probe.lines[0] ?? '').slice(0, 80))} passt zu keinem bekannten Aufbau`
        : complaint
          ? complaint.message
          : probe.kind === 'xlsx'
            ? 'Die Arbeitsmappe passt zu keinem bekannten Aufbau'
            : 'Das ZIP-Archiv enthält keine bekannte Datei';
  return new AppError('import.unknown_layout', {
    message: `${fileName}: unknown layout`,
    userMessage: `${fileName}: ${what}. Erwartet wird eine dieser Dateiarten: ${known}.`,
    details: { file: fileName, line: probe.kind === 'text' ? 1 : null },
  });
}
