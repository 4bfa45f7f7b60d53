import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../../test/shared-data.ts';
import { AppError } from '../../../platform/errors.ts';
import { probeFile } from './detect.ts';
import { genesisFfcsvImporter, genesisFlatCsvImporter } from './genesis-flat-csv.ts';
import { genesisJsonImporter } from './genesis-json.ts';
import { genesisTableCsvImporter } from './genesis-table-csv.ts';
import { ImportFormatError } from './types.ts';

if (!hasSharedData) console.info(SHARED_DATA_SKIP_REASON);

const utf8 = (text: string) => new TextEncoder().encode(text);

async function failure(bytes: Uint8Array, fileName = 'antwort.json'): Promise<unknown> {
  try {
    await genesisJsonImporter.open({ fileName, bytes });
  } catch (error) {
    return error;
  }
  throw new Error('no error raised');
}

function reply(
  service: string,
  method: string,
  code: number,
  content: string,
  extra: Record<string, unknown> = {},
) {
  return JSON.stringify({
    Ident: { Service: service, Method: method },
    Status: { Code: code, Content: content, Type: code === 0 ? 'Information' : 'Fehler' },
    Parameter: { username: '********************', name: '12531-0043' },
    ...extra,
    Copyright: '© Statistisches Bundesamt (Destatis), 2026',
  });
}

describe('genesisJsonImporter: status replies explain what to do', () => {
  const cases: { name: string; input: string; expected: RegExp[] }[] = [
    {
      name: '98: too large',
      input: reply('data', 'tablefile', 98, 'Die Tabelle ist zu gross, um im Dialog abgerufen zu werden.'),
      expected: [/Status 98/, /12531-0043/, /job=true/, /data\/resultfile/],
    },
    {
      name: '99: job created, result name from the reply',
      input: reply(
        'data',
        'tablefile',
        99,
        'Der Bearbeitungsauftrag wurde erstellt. Die Tabelle kann in Kürze als Ergebnis mit folgendem Namen abgerufen werden: 12531-0043_175879554',
      ),
      expected: [/Status 99/, /„12531-0043_175879554“/, /data\/resultfile \(name=12531-0043_175879554\)/],
    },
    {
      name: '104 from data/tablefile: nothing found',
      input: reply('data', 'tablefile', 104, 'Es gibt keine Objekte zum angegebenen Selektionskriterium'),
      expected: [/Status 104/, /nichts gefunden/, /Tabellencode/],
    },
    {
      name: '104 from catalogue/results: not ready yet',
      input: reply('catalogue', 'results', 104, 'Es gibt keine Objekte zum angegebenen Selektionskriterium'),
      expected: [/Status 104/, /noch nicht fertig/, /später erneut/],
    },
    {
      name: '-1: the server’s message is shown',
      input: reply('data', 'tablefile', -1, 'Für die Teiltabelle\nwurde kein Datenquader gefunden!'),
      expected: [/Fehler \(Status -1\)/, /Für die Teiltabelle wurde kein Datenquader gefunden!/],
    },
    {
      name: 'other codes name the code',
      input: reply('data', 'tablefile', 25, 'Zugang gesperrt'),
      expected: [/Status 25 \(Fehler\)/, /Zugang gesperrt/],
    },
    {
      name: '0 with metadata: not data, fetch the table file',
      input: reply('metadata', 'table', 0, 'erfolgreich', {
        Object: { Code: '12411-01-01-4', Content: 'Bevölkerung nach Geschlecht' },
      }),
      expected: [/Metadaten/, /„12411-01-01-4“/, /data\/tablefile \(name=12411-01-01-4, format=ffcsv\)/],
    },
    {
      name: '0 with a ready result: download it with data/resultfile',
      input: reply('catalogue', 'results', 0, 'erfolgreich', {
        List: [{ Code: '12531-0043_175879554', Values: '1980160' }],
      }),
      expected: [/Katalogliste/, /ist fertig/, /data\/resultfile \(name=12531-0043_175879554\)/],
    },
    {
      name: '0 with another catalogue list',
      input: reply('catalogue', 'tables', 0, 'erfolgreich', { List: [{ Code: '12411-0001' }] }),
      expected: [/Katalogliste der GENESIS-Schnittstelle \(catalogue\/tables\)/, /keine Werte/],
    },
  ];

  it.each(cases)('$name', async ({ input, expected }) => {
    const error = await failure(utf8(input));
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('import.api_status');
    for (const pattern of expected) expect(appError.userMessage).toMatch(pattern);
  });

  it('imports a table that a data/table reply carries as text', async () => {
    const table = [
      'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label',
      '12411;Bevölkerung;STAG;Stichtag;2024-12-31;KREISE;Kreise;03359;Stade, Landkreis;207700;Anzahl;BEVSTD;Bevölkerungsstand',
    ].join('\n');
    const stream = await genesisJsonImporter.open({
      fileName: 'antwort.json',
      bytes: utf8(
        JSON.stringify({
          Ident: { Service: 'data', Method: 'table' },
          Status: { Code: 0, Content: 'erfolgreich' },
          Parameter: { name: '12411-01-01-4' },
          Object: { Code: '12411-01-01-4', Content: table },
        }),
      ),
    });
    const first = stream.next();
    expect(first.value).toMatchObject({
      region: '03359',
      period: '2024-12-31',
      measure: 'BEVSTD',
      value: 207700,
    });
    const done = stream.next();
    expect(done.done && done.value.tableCode).toBe('12411-01-01-4');
  });
});

describe('genesisJsonImporter: bad input', () => {
  const cases: { name: string; input: Uint8Array; message: RegExp }[] = [
    { name: 'empty file', input: new Uint8Array(), message: /leer/ },
    { name: 'binary garbage', input: new Uint8Array([0x7b, 0, 0, 1, 2, 3]), message: /Binärdaten/ },
    { name: 'broken JSON', input: utf8('{"Ident": {"Service": "data"'), message: /^erwartet gültiges JSON/ },
    {
      name: 'JSON of another kind',
      input: utf8('{"type": "FeatureCollection"}'),
      message: /„Ident“ und „Status“/,
    },
    {
      name: 'no status code',
      input: utf8('{"Ident": {}, "Status": {"Content": "?"}}'),
      message: /Statuscode/,
    },
  ];
  it.each(cases)('$name', async ({ input, message }) => {
    const error = await failure(input);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).message).toMatch(message);
  });
});

describe('genesisJsonImporter.detect', () => {
  const probe = (text: string) => probeFile({ fileName: 'x.json', bytes: utf8(text) });
  it.each([
    { input: reply('data', 'tablefile', 98, 'zu gross'), expected: true },
    { input: '{\n  "Ident": {"Service": "metadata"},\n  "Status": {"Code": 0}\n}', expected: true },
    { input: '{"type": "FeatureCollection", "features": []}', expected: false },
    { input: 'GENESIS-Tabelle: 12411-0018\n', expected: false },
    { input: 'region;period;value\n', expected: false },
  ])('$input', ({ input, expected }) => {
    expect(genesisJsonImporter.detect(probe(input))).toBe(expected);
  });
});

describe.skipIf(!hasSharedData)('genesisJsonImporter: real replies from ../shared/data/genesis-api', () => {
  const cases: { file: string; expected: RegExp[] }[] = [
    { file: 'status-98_table-too-large_12531-0043.json', expected: [/Status 98/, /job=true/] },
    { file: 'status-99_job-created_12531-0043.json', expected: [/Status 99/, /name=12531-0043_175879554/] },
    {
      file: 'status-104_catalogue-results-not-ready_12531-0043.json',
      expected: [/Status 104/, /noch nicht fertig/],
    },
    { file: 'status-104_no-objects_63121-0001.json', expected: [/Status 104/, /„63121-0001“/] },
    {
      file: 'status-minus1_no-data-cube_61111-0021.json',
      expected: [/Status -1/, /wurde kein Datenquader gefunden!/],
    },
    {
      file: 'status-0_catalogue-results-ready_12531-0043.json',
      expected: [/fertig/, /data\/resultfile \(name=12531-0043_175879554\)/],
    },
    { file: '12411-01-01-4_metadata-table_de.json', expected: [/Metadaten/, /name=12411-01-01-4/] },
    { file: '12411-01-01-4_metadata-table_en.json', expected: [/Metadaten/, /name=12411-01-01-4/] },
    { file: '13111-01-03-4_metadata-table_de.json', expected: [/Metadaten/, /name=13111-01-03-4/] },
    { file: '13111-01-03-4_metadata-table_de_2024.json', expected: [/Metadaten/, /name=13111-01-03-4/] },
  ];
  it.each(cases)('$file', async ({ file, expected }) => {
    const bytes = new Uint8Array(readFileSync(sharedData('genesis-api', file)));
    const probe = probeFile({ fileName: file, bytes });
    expect(
      [genesisJsonImporter, genesisTableCsvImporter, genesisFlatCsvImporter, genesisFfcsvImporter].filter(
        (importer) => importer.detect(probe),
      ),
    ).toEqual([genesisJsonImporter]);
    const error = await failure(bytes, file);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('import.api_status');
    for (const pattern of expected) expect((error as AppError).userMessage).toMatch(pattern);
  });
});
