import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, describe, expect, it } from 'vitest';
import { webRoutes } from '../../src/platform/http/web.ts';
import { linksCsv, parseCompanies, parseOccupations, parseYears } from '../../web/src/pages/survey/form.ts';

describe('survey form helpers', () => {
  it.each([
    ['26112 Mechatronik', [{ kldb: '26112', name: 'Mechatronik' }]],
    [
      '26112; Mechatronik\n\n  431 – Informatik  ',
      [
        { kldb: '26112', name: 'Mechatronik' },
        { kldb: '431', name: 'Informatik' },
      ],
    ],
    ['', []],
  ])('reads occupations from %j', (text, expected) => {
    expect(parseOccupations(text)).toEqual(expected);
  });

  it('names the line of an occupation it cannot read', () => {
    expect(() => parseOccupations('26112 Mechatronik\nMechatronik ohne Schlüssel')).toThrow(
      /^Zeile 2: erwartet „KldB-Schlüssel Name“/,
    );
  });

  it.each([
    ['2026, 2027 2028', [2026, 2027, 2028]],
    ['2026;2027', [2026, 2027]],
  ])('reads years from %j', (text, expected) => {
    expect(parseYears(text)).toEqual(expected);
  });

  it('refuses something that is not a year', () => {
    expect(() => parseYears('2026, 27')).toThrow('„27“ ist keine Jahreszahl (JJJJ).');
  });

  it('reads companies with optional e-mail and writes the links as CSV for mail merge', () => {
    const companies = parseCompanies('Werft Nord GmbH; personal@werft.example\n\nAutohaus "Elbe"');
    expect(companies).toEqual([
      { name: 'Werft Nord GmbH', email: 'personal@werft.example' },
      { name: 'Autohaus "Elbe"', email: null },
    ]);
    const csv = linksCsv(
      [
        { companyName: companies[0]!.name, contactEmail: companies[0]!.email, path: '/befragung/abc' },
        { companyName: companies[1]!.name, contactEmail: null, path: '/befragung/def' },
      ],
      'https://bildung.example',
    );
    expect(csv).toBe(
      '\ufeffBetrieb;E-Mail;Link\r\nWerft Nord GmbH;personal@werft.example;https://bildung.example/befragung/abc\r\n"Autohaus ""Elbe""";;https://bildung.example/befragung/def\r\n',
    );
  });
});

describe('client paths of the Fachkräfte pages', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it.each([
    '/fachkraefte/kita-ganztag?region=03359',
    '/fachkraefte/befragungen?region=03359',
    '/fachkraefte/befragungen/12',
    '/befragung/abcdefghijklmnopqrstuvwxyz012345',
  ])('%s answers with index.html', async (url) => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await webRoutes(app, { homeRegion: '03359', distDir: dist });
    const response = await app.inject(url);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('id="root"');
    await app.close();
  });
});
