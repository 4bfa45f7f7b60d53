export interface PersonalDataDeclaration {
  /** Owning module, e.g. `stakeholders`. */
  module: string;
  table: string;
  /** Column that identifies the person (compared with the subject id of a request). */
  subjectColumn: string;
  /** Columns that hold personal data (exported; emptied or replaced on anonymisation). */
  personalColumns: readonly string[];
  /** Why the data is processed (shown in exports and the processing register). */
  purpose: string;
  /** Legal basis, e.g. `Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 NDSG`. */
  legalBasis: string;
  /** Rows older than `days` by `column` are erased by the retention job; null: kept while needed. */
  retention: { days: number; column: string } | null;
  /** delete: remove the row; anonymise: keep the row, replace the personal columns. */
  erase: 'delete' | 'anonymise';
  /**
   * For anonymise: SQL expression per personal column (default NULL), evaluated on the row,
   * e.g. `{ email: "'geloescht-' || id || '@example.invalid'" }`. Code-owned, never user input.
   */
  replacements?: Readonly<Record<string, string>>;
  /** Extra condition so that only rows still holding personal data count (e.g. not yet anonymised). */
  where?: string;
}
