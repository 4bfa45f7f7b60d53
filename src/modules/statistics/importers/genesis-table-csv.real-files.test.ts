/**
 * The classic-table importer on the official files in shared/data: every row read, the Stade and
 * Harburg values as in the raw lines, and the codes the catalogue's formulas rely on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../../test/shared-data.ts';
import { probeFile } from './detect.ts';
import { genesisTableCsvImporter } from './genesis-table-csv.ts';
import type { ObservationRecord, ObservationStream, TableMetadata } from './types.ts';

if (!hasSharedData) console.info(SHARED_DATA_SKIP_REASON);

function drain(stream: ObservationStream): { records: ObservationRecord[]; metadata: TableMetadata } {
  const records: ObservationRecord[] = [];
  let step = stream.next();
  while (!step.done) {
    records.push(step.value);
    step = stream.next();
  }
  return { records, metadata: step.value };
}

const short = (record: ObservationRecord) => [
  record.region,
  record.period,
  record.measure,
  record.dims,
  record.value,
  record.flag,
];

interface RealFile {
  path: string[];
  /** Fields before the values: [time;] key; name [; row dims]. */
  labelColumns: number;
  rows: number;
  valueColumns: number;
  /** Lines per target county (several Schularten, years or sectors). */
  linesPerCounty: number;
}

const REAL_FILES: RealFile[] = [
  {
    path: ['regionalstatistik', '21111-01-03-4.csv'],
    labelColumns: 4,
    rows: 6456,
    valueColumns: 6,
    linesPerCounty: 12,
  },
  {
    path: ['regionalstatistik', '21111-02-06-4.csv'],
    labelColumns: 3,
    rows: 538,
    valueColumns: 14,
    linesPerCounty: 1,
  },
  {
    path: ['regionalstatistik', '21121-02-02-4.csv'],
    labelColumns: 3,
    rows: 538,
    valueColumns: 12,
    linesPerCounty: 1,
  },
  {
    path: ['regionalstatistik', '13211-02-05-4.csv'],
    labelColumns: 3,
    rows: 538,
    valueColumns: 13,
    linesPerCounty: 1,
  },
  {
    path: ['regionalstatistik', '82411-01-03-4.csv'],
    labelColumns: 3,
    rows: 538,
    valueColumns: 2,
    linesPerCounty: 1,
  },
  {
    path: ['regionalstatistik-2021', '13211-02-05-4.csv'],
    labelColumns: 3,
    rows: 3228,
    valueColumns: 13,
    linesPerCounty: 6,
  },
  ...[2015, 2016, 2017, 2018, 2019, 2020].map((year) => ({
    path: ['regionalstatistik-2021', `13111-07-05-4_${year}.csv`],
    labelColumns: 3,
    rows: 7532,
    valueColumns: 6,
    linesPerCounty: 14,
  })),
  {
    path: ['genesis-online', '12411-0018.csv'],
    labelColumns: 3,
    rows: 2407,
    valueColumns: 34,
    linesPerCounty: 6,
  },
];

/** Independent reading of the raw file: decode, split lines, find the county's lines. */
function rawCountyLines(path: string[], key: string): { line: number; fields: string[] }[] {
  const text = new TextDecoder('windows-1252').decode(readFileSync(sharedData(...path)));
  return text
    .split('\n')
    .map((content, index) => ({ line: index + 1, fields: content.replace(/\r$/, '').split(';') }))
    .filter(({ fields }) => fields.includes(key));
}

function expectedCell(cell: string): { value: number | null; flag: string | null } {
  return /^-?\d+(,\d+)?$/.test(cell)
    ? { value: Number(cell.replace(',', '.')), flag: null }
    : { value: null, flag: cell };
}

describe.skipIf(!hasSharedData)('genesisTableCsvImporter: real files from ../shared/data', () => {
  async function parseReal(path: string[]) {
    const bytes = new Uint8Array(readFileSync(sharedData(...path)));
    const fileName = path.at(-1)!;
    expect(genesisTableCsvImporter.detect(probeFile({ fileName, bytes }))).toBe(true);
    return drain(await genesisTableCsvImporter.open({ fileName, bytes }));
  }

  it.each(REAL_FILES)(
    '$path.1: all rows, and every Stade/Harburg value as in the raw lines',
    async (file) => {
      const { records, metadata } = await parseReal(file.path);
      const lines = new Set(records.map((record) => record.line));
      expect(lines.size).toBe(file.rows);
      expect(records.length).toBe(file.rows * file.valueColumns);
      expect(metadata.licence).toMatch(/^© Statist/);
      expect(metadata.vintage).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      for (const key of ['03359', '03353']) {
        const raw = rawCountyLines(file.path, key);
        expect(raw).toHaveLength(file.linesPerCounty);
        for (const { line, fields } of raw) {
          const parsed = records.filter((record) => record.line === line);
          expect(parsed.every((record) => record.region === key)).toBe(true);
          expect(parsed.map(({ value, flag }) => ({ value, flag }))).toEqual(
            fields.slice(file.labelColumns).map(expectedCell),
          );
        }
      }
    },
  );

  it('21111-02-06-4: measures per Abschluss, sex as GES', async () => {
    const { records, metadata } = await parseReal(['regionalstatistik', '21111-02-06-4.csv']);
    const stade = records.filter((record) => record.region === '03359');
    expect(stade.slice(0, 2).map(short)).toEqual([
      ['03359', '2023', 'absolvierende_abgehende', {}, 2074, null],
      ['03359', '2023', 'absolvierende_abgehende', { GES: 'GESW' }, 1002, null],
    ]);
    expect(
      stade
        .filter((record) => record.measure === 'absolvierende_abgehende__mit_fachhochschulreife')
        .map(short),
    ).toEqual([
      ['03359', '2023', 'absolvierende_abgehende__mit_fachhochschulreife', {}, null, '.'],
      ['03359', '2023', 'absolvierende_abgehende__mit_fachhochschulreife', { GES: 'GESW' }, null, '.'],
    ]);
    const harburg = records.find(
      (record) => record.region === '03353' && record.measure === 'absolvierende_abgehende',
    );
    expect(harburg?.value).toBe(2473);
    expect(metadata.measures.map((measure) => measure.code)).toEqual([
      'absolvierende_abgehende',
      'absolvierende_abgehende__ohne_hauptschulabschluss',
      'absolvierende_abgehende__mit_hauptschulabschluss',
      'absolvierende_abgehende__mit_mittlerem_abschluss',
      'absolvierende_abgehende__dar_schulischer_teil',
      'absolvierende_abgehende__mit_fachhochschulreife',
      'absolvierende_abgehende__mit_allgemeiner_hochschulreife',
    ]);
    expect(metadata).toMatchObject({
      source: 'regionalstatistik',
      tableCode: '21111-02-06-4',
      publisher: 'Statistische Ämter des Bundes und der Länder',
      licence:
        '© Statistische Ämter des Bundes und der Länder, Deutschland, 2025. Dieses Werk ist lizenziert unter der Datenlizenz Deutschland - Namensnennung - Version 2.0.',
    });
    expect(metadata.regionNames['03359']).toBe('Stade, Landkreis');
    expect(Object.keys(metadata.regionNames)).toHaveLength(538);
  });

  it('13111-07-05-4: Stichtag from the title, sectors × nationality × sex', async () => {
    const { records, metadata } = await parseReal(['regionalstatistik-2021', '13111-07-05-4_2020.csv']);
    const stade = records.filter((record) => record.region === '03359');
    const find = (dims: Record<string, string>) =>
      stade.find((record) => JSON.stringify(record.dims) === JSON.stringify(dims));
    expect(find({ WZ08: 'WZ08-C' })?.value).toBe(11161);
    expect(find({ WZ08: 'WZ08-C', NAT: 'NATA', GES: 'GESW' })?.value).toBe(107);
    expect(find({ WZ08: 'WZ08-J', NAT: 'NATA', GES: 'GESM' })).toMatchObject({ value: null, flag: '.' });
    expect(find({})?.value).toBe(63523);
    expect(find({ GES: 'GESM' })?.value).toBe(33216);
    expect(find({ NAT: 'NATA' })?.value).toBe(5874);
    expect(new Set(records.map((record) => record.period))).toEqual(new Set(['2020-06-30']));
    expect(new Set(records.map((record) => record.measure))).toEqual(
      new Set(['sozialversicherungspfl_beschaeftigte']),
    );
    expect(metadata.dimensions.find((dimension) => dimension.code === 'WZ08')?.attributes).toHaveLength(13);
    expect(metadata.vintage).toBe('2021-08-17');
  });

  it('13211-02-05-4: the 2021 and 2025 downloads give the same codes despite label drift', async () => {
    const old = await parseReal(['regionalstatistik-2021', '13211-02-05-4.csv']);
    const recent = await parseReal(['regionalstatistik', '13211-02-05-4.csv']);
    const codes = (result: typeof old) => [
      ...new Set(result.records.map((record) => `${record.measure} ${JSON.stringify(record.dims)}`)),
    ];
    expect(codes(recent)).toEqual(codes(old));
    const foreignRate = recent.records.find(
      (record) =>
        record.region === '03359' &&
        record.measure === 'arbeitslosenquote_bez_auf_alle_zivile' &&
        record.dims.NAT === 'NATA',
    );
    expect(foreignRate?.value).toBe(17.5);
    // The age columns are ALTX attributes of the two measures, not measures of their own.
    expect(recent.metadata.measures.map((measure) => measure.code)).toEqual([
      'arbeitslose',
      'arbeitslose__schwerbehindert',
      'arbeitslose__langzeitarbeitslos',
      'arbeitslosenquote_bez_abh_zivile',
      'arbeitslosenquote_bez_auf_alle_zivile',
    ]);
    const stade2025 = recent.records.filter((record) => record.region === '03359');
    expect(
      stade2025.filter((record) => record.dims.ALTX).map((record) => [record.measure, record.dims.ALTX]),
    ).toEqual([
      ['arbeitslose', 'ALT015B20'],
      ['arbeitslose', 'ALT015B25'],
      ['arbeitslose', 'ALT055B65'],
      ['arbeitslosenquote_bez_auf_alle_zivile', 'ALT015B25'],
    ]);
    expect(
      old.records.filter((record) => record.region === '03353').map((record) => record.period),
    ).toContain('2015');
  });

  it('12411-0018 and 12211-1003 (GENESIS-Online, Destatis)', async () => {
    const population = await parseReal(['genesis-online', '12411-0018.csv']);
    expect(
      population.records.find(
        (record) =>
          record.region === '03359' &&
          record.period === '2015-12-31' &&
          record.dims.GES === 'GESM' &&
          record.dims.ALTX === 'ALT000B03',
      )?.value,
    ).toBe(2745);
    // One measure; the 17 age groups are attributes of ALTX, in the file's order.
    expect(population.metadata.measures).toEqual([
      { code: 'bevoelkerungsstand', label: 'Bevölkerungsstand', unit: 'Anzahl' },
    ]);
    expect(population.metadata.dimensions.map((dimension) => dimension.code)).toEqual(['GES', 'ALTX']);
    expect(population.metadata.dimensions[1]!.attributes.map((attribute) => attribute.code).join(' ')).toBe(
      'ALT000B03 ALT003B06 ALT006B10 ALT010B15 ALT015B18 ALT018B20 ALT020B25 ALT025B30 ALT030B35 ' +
        'ALT035B40 ALT040B45 ALT045B50 ALT050B55 ALT055B60 ALT060B65 ALT065B75 ALT075UM',
    );
    expect(new Set(population.records.map((record) => Object.keys(record.dims).sort().join()))).toEqual(
      new Set(['ALTX,GES']),
    );
    expect(population.metadata).toMatchObject({
      source: 'genesis-online',
      tableCode: '12411-0018',
      publisher: 'Statistisches Bundesamt (Destatis)',
      licence: '© Statistisches Bundesamt (Destatis), 2021',
      vintage: '2021-08-17',
    });

    const income = await parseReal(['genesis-online', '12211-1003-DLAND_.F.csv']);
    expect(new Set(income.records.map((record) => record.line)).size).toBe(624);
    expect(income.records).toHaveLength(624 * 5);
    expect(income.records.filter((record) => record.flag === '/')).toHaveLength(751);
    const niedersachsen = income.records.filter(
      (record) =>
        record.region === '03' && record.dims.GES === 'GESW' && record.dims.merkmal_2 === 'kein_einkommen',
    );
    expect(niedersachsen.map((record) => record.value)).toEqual([636, 10, 8, 18, 618]);
    expect(Object.keys(income.metadata.regionNames).sort()).toHaveLength(16);
  });
});
