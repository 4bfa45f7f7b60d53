import type {
  DimensionInfo,
  FileProbe,
  Importer,
  ImportSource,
  MeasureInfo,
  ObservationRecord,
  ObservationStream,
  TableMetadata,
} from '../statistics/importers/types.ts';
import { type DestatisWorkbookInfo, loadWorkbook } from './destatis-workbook.ts';
import { parseGemeindeverzeichnisWorkbook } from './gemeindeverzeichnis.ts';
import { parseKreiseWorkbook } from './kreise-table.ts';

/**
 * The Destatis Gemeindeverzeichnis workbooks as statistics: area, population (total, male,
 * female) and density of every region they list. Detection goes by file name only (the first
 * bytes of an xlsx say nothing about its sheets); `open` checks the layout and complains with
 * an `expected` starting with "Layout" so that the registry can try the next xlsx importer.
 */

const MEASURES: MeasureInfo[] = [
  { code: 'area_km2', label: 'Fläche', unit: 'km²' },
  { code: 'population', label: 'Bevölkerung', unit: 'Personen' },
  { code: 'population_density', label: 'Bevölkerungsdichte', unit: 'Einwohner je km²' },
];

const SEX: DimensionInfo = {
  code: 'GES',
  label: 'Geschlecht',
  attributes: [
    { code: 'GESM', label: 'männlich' },
    { code: 'GESW', label: 'weiblich' },
  ],
};

interface Figures {
  key: string;
  areaKm2: number;
  population: number;
  populationMale: number;
  populationFemale: number;
  /** As published, or null to derive it from population and area. */
  density: number | null;
  row: number;
}

/** One region's five values in long form. */
function* observationsOf(figures: Figures, period: string): Generator<ObservationRecord> {
  const base = { region: figures.key, period, flag: null, line: figures.row };
  yield { ...base, measure: 'area_km2', dims: {}, value: figures.areaKm2 };
  yield { ...base, measure: 'population', dims: {}, value: figures.population };
  yield { ...base, measure: 'population', dims: { GES: 'GESM' }, value: figures.populationMale };
  yield { ...base, measure: 'population', dims: { GES: 'GESW' }, value: figures.populationFemale };
  yield {
    ...base,
    measure: 'population_density',
    dims: {},
    value: figures.density ?? derivedDensity(figures),
  };
}

/** Rounded to whole inhabitants per km² like the published Gemeinde figures. */
function derivedDensity(figures: Figures): number | null {
  return figures.areaKm2 > 0 ? Math.round(figures.population / figures.areaKm2) : null;
}

/** `Stand` of the table: the publication month's first day where stated, else the reference date. */
function vintageOf(info: DestatisWorkbookInfo): string {
  return info.publishedMonth ? `${info.publishedMonth}-01` : info.referenceDate;
}

function metadataOf(
  info: DestatisWorkbookInfo,
  tableCode: string,
  regionNames: Record<string, string>,
  notes: string[],
): TableMetadata {
  if (info.publishedMonth)
    notes.push(`Stand = Erscheinungsmonat ${info.publishedMonth} (Tag nicht angegeben, 1. gesetzt).`);
  return {
    source: 'destatis',
    tableCode,
    title: info.title,
    publisher: info.publisher,
    licence: info.licence,
    vintage: vintageOf(info),
    measures: MEASURES,
    dimensions: [SEX],
    regionNames,
    notes,
  };
}

function isXlsx(probe: FileProbe): boolean {
  return probe.kind === 'xlsx' || (probe.kind === 'zip' && /\.xlsx$/i.test(probe.fileName));
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

export const gemeindeverzeichnisXlsxImporter: Importer = {
  format: 'gemeindeverzeichnis-xlsx',
  label: 'Gemeindeverzeichnis (Destatis GV-ISys, Auszug, xlsx)',
  // Destatis names the file `<ddmmyyyy>_Auszug_GV.xlsx` (annual) or `AuszugGV<n>QAktuell.xlsx` (quarterly).
  detect: (probe) => isXlsx(probe) && /auszug[\s_-]?gv/i.test(baseName(probe.fileName)),
  async open(source: ImportSource): Promise<ObservationStream> {
    const gv = parseGemeindeverzeichnisWorkbook(await loadWorkbook(source.bytes));
    return (function* (): ObservationStream {
      const names: Record<string, string> = {};
      for (const region of gv.regions) {
        names[region.key] = region.name;
        yield* observationsOf(region, gv.referenceDate);
      }
      return metadataOf(gv, 'GV-ISYS-AUSZUG', names, [
        'Fläche und Bevölkerung stehen in der Datei nur bei den Gemeinden; Gemeindeverbände, Kreise, Regierungsbezirke, Länder und Deutschland sind Summen ihrer Gemeinden einschließlich der gemeindefreien Gebiete.',
        'Die Landesflächen von Rheinland-Pfalz und Mecklenburg-Vorpommern enthalten die kreisfreien gemeindefreien Gebiete 07000999 (deutsch-luxemburgisches Hoheitsgebiet, 6,2 km²) und 13000999 (Küstengewässer, 1 km²); die Summe der Kreise ist dort entsprechend kleiner.',
        'Bevölkerungsdichte oberhalb der Gemeinden berechnet (Einwohner je km², gerundet).',
        'Gemeindeverbände mit Schlüssel aus Kreis und Verbandsnummer (9 Stellen), auch für verbandsfreie Gemeinden.',
      ]);
    })();
  },
};

export const destatisKreiseXlsxImporter: Importer = {
  format: 'gemeindeverzeichnis-xlsx',
  label: 'Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und Bevölkerungsdichte (Destatis, xlsx)',
  // Destatis publishes it as `04-kreise.xlsx`; browsers add ` (1)` to repeated downloads.
  detect: (probe) => isXlsx(probe) && /^0?4-kreise(\s*\(\d+\))?\.xlsx$/i.test(baseName(probe.fileName)),
  async open(source: ImportSource): Promise<ObservationStream> {
    const table = parseKreiseWorkbook(await loadWorkbook(source.bytes));
    return (function* (): ObservationStream {
      const names: Record<string, string> = { ...table.headingNames };
      for (const kreis of table.kreise) {
        names[kreis.key] = kreis.name;
        yield* observationsOf(kreis, table.referenceDate);
      }
      for (const total of table.totals) yield* observationsOf(total, table.referenceDate);
      return metadataOf(table, 'DESTATIS-KREISE-FLAECHE-BEVOELKERUNG', names, [
        'Länder und Deutschland aus den „Insgesamt“-Zeilen; Hamburg und Berlin haben dort keine eigene Zeile.',
        'Die NUTS-3-Codes der Datei sind keine Messwerte; die Referenzdaten der Regionen führen sie.',
      ]);
    })();
  },
};
