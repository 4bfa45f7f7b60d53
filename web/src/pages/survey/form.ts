/** Pure helpers of the survey editor's forms (no DOM), tested in test/web/workforce-pages.test.ts. */

/** "26112 Mechatroniker/in" per line → occupations; German message naming the line on errors. */
export function parseOccupations(text: string): { kldb: string; name: string }[] {
  const result: { kldb: string; name: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const match = /^(\d{2,5})[\s;,:–-]+(.+)$/.exec(line);
    if (!match)
      throw new Error(
        `Zeile ${index + 1}: erwartet „KldB-Schlüssel Name“, z. B. „26112 Mechatronik“, gefunden „${line}“.`,
      );
    result.push({ kldb: match[1]!, name: match[2]!.trim() });
  });
  return result;
}

/** "2026, 2027 2028" → [2026, 2027, 2028]. */
export function parseYears(text: string): number[] {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  for (const part of parts)
    if (!/^\d{4}$/.test(part)) throw new Error(`„${part}“ ist keine Jahreszahl (JJJJ).`);
  return parts.map(Number);
}

/** "Name; E-Mail" per line → companies. */
export function parseCompanies(text: string): { name: string; email: string | null }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [name, email] = line.split(';').map((part) => part.trim());
      return { name: name!, email: email ? email : null };
    });
}

/** CSV (`;`, UTF-8 with BOM) of the personal links, for mail merge. */
export function linksCsv(
  items: { companyName: string; contactEmail: string | null; path: string }[],
  origin: string,
): string {
  const cell = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [
    'Betrieb;E-Mail;Link',
    ...items.map((i) => [i.companyName, i.contactEmail ?? '', origin + i.path].map(cell).join(';')),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
