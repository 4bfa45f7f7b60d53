/**
 * Replies of the GENESIS REST interface (`/genesisws/rest/2020/…`) saved as JSON. They are
 * never data: the API answers HTTP 200 also for errors, with the real outcome in `Status.Code`
 * (0 ok, 98 too large, 99 job created, 104 nothing found / not ready, -1 error). Users save such
 * replies by mistake instead of the table file, so `open` explains in German what the reply
 * says and which file to fetch and import instead.
 */
import { AppError } from '../../../platform/errors.ts';
import { assertCsvText } from './csv.ts';
import { probeFile } from './detect.ts';
import { genesisFfcsvImporter, genesisFlatCsvImporter } from './genesis-flat-csv.ts';
import { genesisTableCsvImporter } from './genesis-table-csv.ts';
import { decodeText } from './text.ts';
import { type Importer, ImportFormatError, type ImportSource, type ObservationStream } from './types.ts';

export const genesisJsonImporter: Importer = {
  format: 'genesis-json',
  label: 'Antwort der GENESIS-Schnittstelle (JSON)',
  detect(probe) {
    if (probe.kind !== 'text') return false;
    const head = probe.lines.join('\n').trimStart();
    return head.startsWith('{') && /"Ident"\s*:/.test(head) && /"Status"\s*:/.test(head);
  },
  async open(source) {
    return openGenesisJson(source);
  },
};

interface GenesisReply {
  Ident?: { Service?: unknown; Method?: unknown };
  Status?: { Code?: unknown; Content?: unknown; Type?: unknown };
  Parameter?: Record<string, unknown>;
  Object?: { Code?: unknown; Content?: unknown } | null;
  List?: { Code?: unknown; Content?: unknown; Values?: unknown }[] | null;
  Copyright?: unknown;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

async function openGenesisJson(source: ImportSource): Promise<ObservationStream> {
  assertCsvText(source.bytes);
  const body = decodeText(source.bytes);
  let reply: unknown;
  try {
    reply = JSON.parse(body);
  } catch (error) {
    throw new ImportFormatError({
      line: null,
      expected: `gültiges JSON einer Antwort der GENESIS-Schnittstelle (${error instanceof Error ? error.message : 'Syntaxfehler'})`,
      found: body.slice(0, 80),
    });
  }
  if (typeof reply !== 'object' || reply === null || !('Status' in reply) || !('Ident' in reply)) {
    throw new ImportFormatError({
      line: null,
      expected: 'Layout einer Antwort der GENESIS-Schnittstelle mit „Ident“ und „Status“',
      found: body.slice(0, 80),
    });
  }
  const genesis = reply as GenesisReply;
  const code = Number(genesis.Status?.Code);
  const content = text(genesis.Status?.Content);
  const service = `${text(genesis.Ident?.Service)}/${text(genesis.Ident?.Method)}`;
  const name =
    text(genesis.Parameter?.name) || text(genesis.Parameter?.selection) || text(genesis.Object?.Code);
  const details = { statusCode: code, service, name, serverMessage: content };
  const fail = (userMessage: string) =>
    new AppError('import.api_status', {
      message: `GENESIS reply ${service} with status ${code}: ${content}`,
      userMessage,
      details,
    });

  if (Number.isNaN(code)) {
    throw new ImportFormatError({
      line: null,
      expected: 'einen Statuscode in „Status.Code“',
      found: body.slice(0, 80),
    });
  }
  if (code === 0) {
    const embedded = await embeddedTable(genesis, name);
    if (embedded) return embedded;
    throw fail(statusZeroMessage(genesis, service, name));
  }
  const server = content ? ` Meldung des Servers: „${content}“` : '';
  switch (code) {
    case 98:
      throw fail(
        `Die GENESIS-Schnittstelle meldet Status 98: Die Tabelle${name ? ` ${name}` : ''} ist zu groß für den direkten Abruf. ` +
          'Bitte die Tabelle mit dem Parameter job=true erneut anfordern (es wird ein Hintergrundauftrag angelegt), ' +
          'das Ergebnis nach einigen Minuten mit data/resultfile abholen und die heruntergeladene CSV- oder ZIP-Datei importieren.' +
          server,
      );
    case 99: {
      const result = resultName(content);
      throw fail(
        `Die GENESIS-Schnittstelle meldet Status 99: Der Hintergrundauftrag wurde angelegt, die Datei enthält noch keine Daten. ` +
          (result
            ? `Das Ergebnis heißt „${result}“. Bitte es in einigen Minuten mit data/resultfile (name=${result}) herunterladen und diese Datei importieren.`
            : 'Bitte das Ergebnis in einigen Minuten mit data/resultfile herunterladen und diese Datei importieren.') +
          server,
      );
    }
    case 104:
      throw fail(
        service === 'catalogue/results'
          ? `Die GENESIS-Schnittstelle meldet Status 104: Das Ergebnis${name ? ` „${name}“` : ''} ist noch nicht fertig (es gibt noch keine Objekte dazu). ` +
              'Bitte später erneut mit catalogue/results nachsehen und das Ergebnis dann mit data/resultfile herunterladen und importieren.' +
              server
          : `Die GENESIS-Schnittstelle meldet Status 104: Zu${name ? ` „${name}“` : 'r Anfrage'} wurde nichts gefunden. ` +
              'Bitte Tabellencode, Datenbank (regionalstatistik.de oder GENESIS-Online) und Parameter wie area prüfen; ' +
              'bei einem Hintergrundauftrag ist das Ergebnis eventuell noch nicht fertig – dann später erneut abrufen.' +
              server,
      );
    case -1:
      throw fail(
        `Die GENESIS-Schnittstelle meldet einen Fehler (Status -1)${name ? ` zu „${name}“` : ''}: ${content || 'ohne Meldung'}. ` +
          'Bitte die Anfrage prüfen (Tabellencode, Zeitraum, Merkmale) und die Tabelle erneut abrufen; die gespeicherte Antwort enthält keine Daten.',
      );
    default:
      throw fail(
        `Die GENESIS-Schnittstelle meldet Status ${code}${text(genesis.Status?.Type) ? ` (${text(genesis.Status?.Type)})` : ''}${name ? ` zu „${name}“` : ''}: ${content || 'ohne Meldung'}. ` +
          'Die gespeicherte Antwort enthält keine Daten; bitte die Anfrage prüfen und die Tabellendatei (CSV oder ZIP) erneut abrufen.',
      );
  }
}

/** `… mit folgendem Namen abgerufen werden: 12531-0043_175879554` → the result name. */
function resultName(content: string): string | null {
  const named = /Namen[^:]*:\s*(\S+?)\.?$/.exec(content);
  if (named) return named[1]!;
  const shaped = /\b(\d{5}-[\w-]+_\d+)\b/.exec(content);
  return shaped ? shaped[1]! : null;
}

function statusZeroMessage(reply: GenesisReply, service: string, name: string): string {
  const [area] = service.split('/');
  if (area === 'metadata') {
    const objectCode = text(reply.Object?.Code) || name;
    const title = text(reply.Object?.Content);
    return (
      `Diese Datei ist eine Metadaten-Antwort der GENESIS-Schnittstelle (${service})${objectCode ? ` zu „${objectCode}“` : ''}` +
      `${title ? ` („${title}“)` : ''} und enthält keine Werte. ` +
      `Bitte die Daten mit data/tablefile (name=${objectCode || '<Tabellencode>'}, format=ffcsv) abrufen und die CSV- oder ZIP-Datei importieren.`
    );
  }
  if (service === 'catalogue/results') {
    const ready = reply.List?.[0] ? text(reply.List[0].Code) : '';
    if (ready) {
      return (
        `Diese Datei ist eine Katalogliste der GENESIS-Schnittstelle (${service}): Das Ergebnis „${ready}“ ist fertig. ` +
        `Bitte es mit data/resultfile (name=${ready}) herunterladen und diese Datei importieren.`
      );
    }
  }
  if (area === 'catalogue' || Array.isArray(reply.List)) {
    return (
      `Diese Datei ist eine Katalogliste der GENESIS-Schnittstelle (${service}) und enthält keine Werte. ` +
      'Bitte die gewünschte Tabelle mit data/tablefile (format=ffcsv) abrufen und die CSV- oder ZIP-Datei importieren.'
    );
  }
  return (
    `Diese Datei ist eine Antwort der GENESIS-Schnittstelle (${service}) ohne Tabellendaten. ` +
    `Bitte die Tabelle mit data/tablefile (name=${name || '<Tabellencode>'}, format=ffcsv) abrufen und die CSV- oder ZIP-Datei importieren.`
  );
}

/** data/table replies carry the table as text in `Object.Content`; import it when it is one of ours. */
async function embeddedTable(reply: GenesisReply, name: string): Promise<ObservationStream | null> {
  const content = reply.Object?.Content;
  if (typeof content !== 'string' || content.length < 20) return null;
  const bytes = new TextEncoder().encode(content);
  const inner: ImportSource = { fileName: name ? `${name}_flat.csv` : 'genesis-antwort.csv', bytes };
  const probe = probeFile(inner);
  const importer = [genesisFfcsvImporter, genesisFlatCsvImporter, genesisTableCsvImporter].find((candidate) =>
    candidate.detect(probe),
  );
  return importer ? importer.open(inner) : null;
}
