/**
 * Small files in the real official layouts, written by the tests themselves (the official
 * originals are never copied into the repository).
 */
export interface ClassicRow {
  year: string;
  key: string;
  name: string;
  values: string[];
}

/** A Regionaldatenbank table CSV as downloaded: Windows-1252, `;`, header block, footer with Stand. */
export function classicTableCsv(options: {
  table?: string;
  stand?: string;
  rows: ClassicRow[];
  encoding?: 'windows-1252' | 'utf-8';
}): Uint8Array {
  const table = options.table ?? '99911-01-01-4';
  const lines = [
    `GENESIS-Tabelle: ${table}`,
    'Absolvierende/Abgehende allgemeinbildender Schulen nach;;;;;;',
    'Geschlecht und Abschlussarten - Schuljahr - regionale Tiefe:;;;;;;',
    'Kreise und krfr. Städte;;;;;;',
    'Statistik der allgemeinbildenden Schulen;;;;;;',
    'Absolvierende/Abgehende (Anzahl);;;;;;',
    ';;;Absolvierende/Abgehende allgemeinbildender Schulen nach dem Abschluss;Absolvierende/Abgehende allgemeinbildender Schulen nach dem Abschluss;Absolvierende/Abgehende allgemeinbildender Schulen nach dem Abschluss;Absolvierende/Abgehende allgemeinbildender Schulen nach dem Abschluss',
    ';;;Insgesamt;Insgesamt;ohne Hauptschulabschluss;ohne Hauptschulabschluss',
    ';;;Insgesamt;weiblich;Insgesamt;weiblich',
    ...options.rows.map((row) => `${row.year};${row.key};${row.name};${row.values.join(';')}`),
    '__________',
    '"Hinweis:',
    'Testdaten im Aufbau der Regionaldatenbank."',
    '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2025.',
    'Dieses Werk ist lizenziert unter der Datenlizenz Deutschland',
    '- Namensnennung - Version 2.0."',
    `Stand: ${options.stand ?? '13.03.2025'} / 16:40:08`,
  ];
  const text = `${lines.join('\n')}\n`;
  return options.encoding === 'utf-8' ? new TextEncoder().encode(text) : encodeWindows1252(text);
}

export const STADE_HARBURG_ROWS: ClassicRow[] = [
  { year: '2023', key: 'DG', name: 'Deutschland', values: ['782423', '381434', '55708', '22043'] },
  { year: '2023', key: '03', name: '  Niedersachsen', values: ['80000', '39000', '6000', '2400'] },
  { year: '2023', key: '03353', name: '      Harburg, Landkreis', values: ['2514', '1230', '151', '.'] },
  { year: '2023', key: '03359', name: '      Stade, Landkreis', values: ['2034', '987', '166', '61'] },
  { year: '2023', key: '03152', name: '      Göttingen, Landkreis (alt)', values: ['-', '-', '-', '-'] },
];

/** Windows-1252 for the characters our fixtures use (Latin-1 range plus a few specials). */
export function encodeWindows1252(text: string): Uint8Array {
  const special: Record<string, number> = {
    '€': 0x80,
    '–': 0x96,
    '—': 0x97,
    '„': 0x84,
    '“': 0x93,
    '”': 0x94,
  };
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const code = char.charCodeAt(0);
    bytes[i] = special[char] ?? (code < 256 ? code : 0x3f);
  }
  return bytes;
}

/** A multipart/form-data body for app.inject. */
export function multipartBody(fileName: string, bytes: Uint8Array): { body: Buffer; contentType: string } {
  const boundary = `----bildungsregion${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, Buffer.from(bytes), tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
