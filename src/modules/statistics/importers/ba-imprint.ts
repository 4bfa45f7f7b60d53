/**
 * What the workbooks of the Statistik der Bundesagentur für Arbeit say about themselves: the
 * label/value blocks of the `Impressum` and `Deckblatt` sheets (`Titel:`, `Region:`,
 * `Erstellungsdatum:`, `Nutzungsbedingungen:` …), and from them publisher, licence and vintage.
 * Shared by the BA importers (Fachkräfteengpassanalyse, Beschäftigte nach Berufen).
 */
import { contentDate, joinWrappedLines, readLabelledValues, sheetByName, type Workbook } from './xlsx.ts';

export const BA_PUBLISHER = 'Statistik der Bundesagentur für Arbeit';
const DEFAULT_LICENCE = '© Statistik der Bundesagentur für Arbeit';

export interface BaImprint {
  /** Label → lines of the `Impressum` sheet; empty without one. */
  imprint: Map<string, string[]>;
  /** Label → lines of the `Deckblatt` sheet; empty without one (or where it is a picture). */
  cover: Map<string, string[]>;
  publisher: string;
  /** The `Nutzungsbedingungen` of the Impressum, or the BA's © line. */
  licence: string;
  /** The `Erstellungsdatum` (Impressum, else Deckblatt) as ISO date, or null. */
  vintage: string | null;
}

export function readBaImprint(workbook: Workbook): BaImprint {
  const impressum = sheetByName(workbook, 'Impressum');
  const imprint = impressum ? readLabelledValues(impressum) : new Map<string, string[]>();
  // The 2025 Engpassanalyse's Deckblatt is a picture; older editions may write the date there.
  const deckblatt = sheetByName(workbook, 'Deckblatt');
  const cover = deckblatt ? readLabelledValues(deckblatt) : new Map<string, string[]>();
  const created = imprint.get('Erstellungsdatum')?.[0] ?? cover.get('Erstellungsdatum')?.[0];
  const licenceLines = imprint.get('Nutzungsbedingungen') ?? [];
  return {
    imprint,
    cover,
    publisher: BA_PUBLISHER,
    licence: licenceLines.length > 0 ? joinWrappedLines(licenceLines) : DEFAULT_LICENCE,
    vintage: created ? contentDate({ kind: 'text', text: created }) : null,
  };
}
