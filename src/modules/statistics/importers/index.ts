import { extractImporter } from '../../demo/extract-format.ts';
import {
  destatisKreiseXlsxImporter,
  gemeindeverzeichnisXlsxImporter,
} from '../../regions/gemeindeverzeichnis-importer.ts';
import { baEngpassXlsxImporter } from './ba-engpass-xlsx.ts';
import { baOccupationsXlsxImporter } from './ba-occupations-xlsx.ts';
import { genericLongCsvImporter } from './generic-long-csv.ts';
import { genesisFfcsvImporter, genesisFfcsvZipImporter, genesisFlatCsvImporter } from './genesis-flat-csv.ts';
import { genesisJsonImporter } from './genesis-json.ts';
import { genesisTableCsvImporter } from './genesis-table-csv.ts';
import { genesisXlsxImporter } from './genesis-xlsx.ts';
import type { Importer } from './types.ts';

/** Every file layout the product reads, in the order detection tries them. */
export const IMPORTERS: readonly Importer[] = [
  genesisTableCsvImporter,
  genesisFlatCsvImporter,
  genesisFfcsvImporter,
  genesisFfcsvZipImporter,
  genesisJsonImporter,
  genesisXlsxImporter,
  baEngpassXlsxImporter,
  baOccupationsXlsxImporter,
  gemeindeverzeichnisXlsxImporter,
  destatisKreiseXlsxImporter,
  genericLongCsvImporter,
  extractImporter,
];
