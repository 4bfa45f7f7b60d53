import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_DIR, SHARED_DATA_SKIP_REASON } from '../../../../test/shared-data.ts';
import { IndicatorDefinition as IndicatorDefinitionSchema } from '../contracts.ts';
import { evaluateFormula, formulaReferences, formulaTables, parseFormula } from '../formula/index.ts';
import { STANDARD_INDICATORS, svbSectorShareFormula } from './definitions.ts';
import { importFiles, MemoryFormulaSource } from './memory-source.fixtures.ts';
import { THEMES, type Theme } from './types.ts';

if (!hasSharedData) console.info(SHARED_DATA_SKIP_REASON);

const INDICATORS_MD = path.join(SHARED_DATA_DIR, '..', 'domain', 'indicators.md');
const DEMO_DIR = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'demo');

const UNITS = ['%', 'je 100', 'je 1.000', 'Personen', 'EUR', 'Tage', 'Jahre', 'Anzahl'];
const POLARITIES = ['higher_is_better', 'lower_is_better', 'neutral'];
const VERIFICATIONS = ['verified', 'secondary', 'guess'];
const SYSTEMS = ['regionalstatistik', 'genesis-online', 'ba', 'bibb', 'zensus', 'destatis', 'other'];
const LEVELS = ['K', 'G', 'AAB', 'L'];
const THEME_COUNTS: Record<Theme, number> = { A: 11, B: 4, C: 8, D: 9, E: 10, F: 3, G: 3, H: 12 };

const withFormula = STANDARD_INDICATORS.filter(
  (definition): definition is typeof definition & { formula: string } => definition.formula !== null,
);

describe('standard indicator catalogue', () => {
  it('has 60 indicators with unique snake_case ids', () => {
    expect(STANDARD_INDICATORS).toHaveLength(60);
    const ids = STANDARD_INDICATORS.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(60);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('has the theme counts of indicators.md §11, in theme order', () => {
    const counts = Object.fromEntries(Object.keys(THEMES).map((theme) => [theme, 0]));
    for (const definition of STANDARD_INDICATORS) counts[definition.theme]! += 1;
    expect(counts).toEqual(THEME_COUNTS);
    const themes = STANDARD_INDICATORS.map((definition) => definition.theme);
    expect(themes).toEqual([...themes].sort());
  });

  it('names every theme in German and English', () => {
    expect(Object.keys(THEMES)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(THEMES.A.de).toBe('Rahmenbedingungen');
    expect(THEMES.H.de).toBe('Arbeitsmarkt und Fachkräfte');
    for (const theme of Object.values(THEMES)) {
      expect(theme.de.trim()).not.toBe('');
      expect(theme.en.trim()).not.toBe('');
    }
  });

  it.each(STANDARD_INDICATORS.map((definition) => [definition.id, definition] as const))(
    '%s: every field is filled',
    (_id, definition) => {
      for (const text of [
        definition.nameDe,
        definition.nameEn,
        definition.definitionDe,
        definition.periodicity,
      ]) {
        expect(text.trim()).not.toBe('');
      }
      expect(definition.definitionDe).toMatch(/\.$/);
      expect(UNITS).toContain(definition.unit);
      expect(Number.isInteger(definition.decimals)).toBe(true);
      expect(definition.decimals).toBeGreaterThanOrEqual(0);
      expect(definition.decimals).toBeLessThanOrEqual(2);
      expect(POLARITIES).toContain(definition.polarity);
      for (const disaggregation of definition.disaggregations) expect(disaggregation).toMatch(/^[a-z0-9_]+$/);
      expect(definition.regionalLevels.length).toBeGreaterThan(0);
      for (const level of definition.regionalLevels) expect(LEVELS).toContain(level);
      expect(new Set(definition.regionalLevels).size).toBe(definition.regionalLevels.length);
      expect(definition.sources.length).toBeGreaterThan(0);
      for (const source of definition.sources) {
        expect(SYSTEMS).toContain(source.system);
        expect(source.title.trim()).not.toBe('');
        expect(VERIFICATIONS).toContain(source.verification);
        if (source.table !== null) expect(source.table).toMatch(/^[A-Za-z0-9_.-]+$/);
        if (source.note !== undefined) expect(source.note.trim()).not.toBe('');
      }
      // The indicator's flag is that of its first source (the table the formula uses, or the one to get first).
      expect(definition.verification).toBe(definition.sources[0]!.verification);
      if (definition.notes !== undefined) expect(definition.notes.trim()).not.toBe('');
      if (definition.formula === null) {
        // Without a formula the notes or the sources must tell the user what is missing.
        expect(
          definition.sources.some((source) => source.table !== null || source.note) || definition.notes,
        ).toBeTruthy();
      }
    },
  );

  it.each(STANDARD_INDICATORS.map((definition) => [definition.id, definition] as const))(
    '%s: has an English definition, not the German one',
    (_id, definition) => {
      expect(typeof definition.definitionEn).toBe('string');
      expect(definition.definitionEn.trim()).not.toBe('');
      expect(definition.definitionEn.trim()).not.toBe(definition.definitionDe.trim());
      expect(definition.definitionEn).toMatch(/\.$/);
    },
  );

  it.each(withFormula.map((definition) => [definition.id, definition] as const))(
    '%s: the formula parses and its first source is one of its tables',
    (_id, definition) => {
      const formula = parseFormula(definition.formula);
      const tables = formulaTables(formula);
      expect(tables).toContain(definition.sources[0]!.table);
      // Every table the formula reads is listed, so the product can name it when it is missing.
      const listed = definition.sources.map((source) => source.table);
      for (const table of tables) expect(listed).toContain(table);
    },
  );

  it('has formulas for the indicators whose tables are in shared/data', () => {
    expect(withFormula.map((definition) => definition.id).sort()).toEqual(
      [
        'population_total',
        'population_change_rate',
        'youth_dependency_ratio',
        'old_age_dependency_ratio',
        'foreign_nationals_share',
        'disposable_income_per_capita',
        'svb_academic_share',
        'svb_without_vocational_qualification_share',
        'pupils_general_schools',
        'gymnasium_share_grade_7',
        'foreign_pupils_share',
        'special_school_share',
        'leavers_without_hsa_rate',
        'leavers_with_hsa_rate',
        'leavers_with_msa_rate',
        'leavers_with_abitur_rate',
        'vocational_leavers_catch_up',
        'unemployment_rate',
        'youth_unemployment_rate',
        'svb_workplace_total',
        'skilled_share_svb',
        'apprentice_ratio',
        'svb_aged_55_plus_share',
      ].sort(),
    );
  });

  it('fits the API schema of an indicator definition', () => {
    for (const definition of STANDARD_INDICATORS) {
      const parsed = IndicatorDefinitionSchema.safeParse(definition);
      expect(parsed.error?.issues ?? [], definition.id).toEqual([]);
    }
  });

  it('builds a parsable sector share for svb_workplace_total', () => {
    const formula = parseFormula(svbSectorShareFormula('WZ08-C'));
    expect(formulaTables(formula)).toEqual(['13111-07-05-4']);
    expect(formulaReferences(formula)[0]!.filters).toEqual([
      { dimension: 'WZ08', kind: 'equals', attribute: 'WZ08-C' },
    ]);
  });
});

describe('catalogue formulas on hand-made cells', () => {
  // Stade 2023 as published in 21111-02-06-4: Fachhochschulreife is "." (not recorded in Niedersachsen).
  const source = new MemoryFormulaSource();
  const cell = (measure: string, value: number | null, flag: '.' | null = null) =>
    source.addCell('21111-02-06-4', { region: '03359', period: '2023', measure, dims: {}, value, flag });
  cell('absolvierende_abgehende', 2074);
  cell('absolvierende_abgehende__ohne_hauptschulabschluss', 186);
  cell('absolvierende_abgehende__mit_fachhochschulreife', null, '.');
  const context = { region: '03359', period: '2023', source };
  const formulaOf = (id: string) =>
    parseFormula(STANDARD_INDICATORS.find((entry) => entry.id === id)!.formula!);

  it('computes leavers_without_hsa_rate', () => {
    const result = evaluateFormula(formulaOf('leavers_without_hsa_rate'), context);
    expect(result.flag).toBeNull();
    expect(result.value).toBeCloseTo((186 / 2074) * 100, 10);
  });

  it('gives a confidential input as a flagged result, never a number', () => {
    const formula = parseFormula(
      '{21111-02-06-4:absolvierende_abgehende__mit_fachhochschulreife} / {21111-02-06-4:absolvierende_abgehende} * 100',
    );
    expect(evaluateFormula(formula, context)).toEqual({ value: null, flag: '.' });
  });

  it('reports a table that is not there as missing', () => {
    expect(evaluateFormula(formulaOf('leavers_with_abitur_rate'), context)).toEqual({
      value: null,
      flag: 'missing',
    });
  });
});

describe('catalogue codes against the demo extracts shipped with the product', () => {
  let demo: MemoryFormulaSource;
  beforeAll(async () => {
    const files = readdirSync(DEMO_DIR)
      .filter((name) => name.endsWith('.extract.jsonl.gz'))
      .map((name) => path.join(DEMO_DIR, name));
    demo = await importFiles(files, new Set(['03359']));
  });

  it.each(withFormula.map((definition) => [definition.id, definition] as const))(
    '%s: every table, measure, dimension and attribute of the formula exists',
    (_id, definition) => {
      for (const reference of formulaReferences(parseFormula(definition.formula))) {
        const codes = demo.tables.get(reference.table);
        expect(codes, `Tabelle ${reference.table}`).toBeDefined();
        expect([...codes!.measures], `${reference.table}`).toContain(reference.measure);
        for (const filter of reference.filters) {
          const attributes = codes!.dimensions.get(filter.dimension);
          expect(attributes, `${reference.table}: Merkmal ${filter.dimension}`).toBeDefined();
          const wanted =
            filter.kind === 'equals' ? [filter.attribute] : filter.kind === 'in' ? filter.attributes : [];
          for (const attribute of wanted)
            expect([...attributes!], `${filter.dimension}`).toContain(attribute);
        }
      }
    },
  );
});

describe.skipIf(!hasSharedData)('catalogue against /work/shared/domain/indicators.md', () => {
  const text = existsSync(INDICATORS_MD) ? readFileSync(INDICATORS_MD, 'utf8') : '';

  /** Ids in document order, each with the letter of the section ("## 3. A – …") it stands in. */
  function documentedIndicators(): { id: string; theme: string }[] {
    const found: { id: string; theme: string }[] = [];
    let theme = '';
    for (const line of text.split('\n')) {
      const section = /^## \d+\. ([A-H]) – /.exec(line);
      if (section) theme = section[1]!;
      const id = /^- id: ([a-z0-9_]+)\s*$/.exec(line);
      if (id) found.push({ id: id[1]!, theme });
    }
    return found;
  }

  it('has exactly the ids of indicators.md, in the same order and themes', () => {
    expect(text).not.toBe('');
    const documented = documentedIndicators();
    expect(documented).toHaveLength(60);
    expect(STANDARD_INDICATORS.map(({ id, theme }) => ({ id, theme }))).toEqual(documented);
  });

  it('states the same theme counts as §11', () => {
    expect(text).toContain('A 11, B 4, C 8, D 9, E 10, F 3, G 3, H 12');
  });
});
