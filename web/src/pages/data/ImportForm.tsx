import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n-react.tsx';
import { writeHeaders } from '../../session.ts';
import {
  ACCEPTED_FILES,
  describePeriods,
  errorMessage,
  type ImportJobT,
  type ImportSummaryT,
  importUrl,
  isFinished,
  jobUrl,
  markerCounts,
  POLL_MS,
} from './import-job.ts';

type State =
  | { step: 'idle' }
  | { step: 'running'; job: ImportJobT | null; dryRun: boolean }
  | { step: 'done'; summary: ImportSummaryT }
  | { step: 'failed'; message: string };

async function readJson(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new Error(errorMessage(body, response.status));
  return body;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Upload → 202 job → poll until it finished; the importer's message is shown as it comes. */
export function ImportForm({ onImported }: { onImported: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [state, setState] = useState<State>({ step: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || state.step === 'running') return;
    const checkOnly = dryRun;
    setState({ step: 'running', job: null, dryRun: checkOnly });
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      let job = (await readJson(
        await fetch(importUrl(checkOnly), {
          method: 'POST',
          body: form,
          headers: { accept: 'application/json', ...writeHeaders() },
        }),
      )) as ImportJobT;
      while (alive.current) {
        setState({ step: 'running', job, dryRun: checkOnly });
        if (isFinished(job)) break;
        await wait(POLL_MS);
        job = (await readJson(
          await fetch(jobUrl(job.id), { headers: { accept: 'application/json' }, cache: 'no-store' }),
        )) as ImportJobT;
      }
      if (!alive.current) return;
      if (job.status === 'succeeded' && job.result) {
        setState({ step: 'done', summary: job.result });
        if (job.result.status === 'imported') onImported();
      } else setState({ step: 'failed', message: job.error?.message ?? t('data.failedUnknown') });
    } catch (error) {
      if (alive.current)
        setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const running = state.step === 'running';
  const job = running ? state.job : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="panel import">
      <h2 id={`${id}-heading`}>{t('data.import')}</h2>
      <p className="muted">{t('data.importIntro')}</p>
      <form onSubmit={submit} className="import-form">
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('data.fileLabel')}</label>
          <input
            id={`${id}-file`}
            type="file"
            name="file"
            accept={ACCEPTED_FILES}
            required
            aria-describedby={`${id}-types`}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <small id={`${id}-types`} className="muted">
            {t('data.fileTypes')}
          </small>
        </div>
        <div className="field check">
          <input
            id={`${id}-dry`}
            type="checkbox"
            checked={dryRun}
            onChange={(event) => setDryRun(event.target.checked)}
          />
          <label htmlFor={`${id}-dry`}>{t('data.dryRun')}</label>
        </div>
        <button type="submit" disabled={!file || running}>
          {dryRun ? t('data.submitDryRun') : t('data.submit')}
        </button>
      </form>

      <div className="import-progress" hidden={!running}>
        <label htmlFor={`${id}-progress`}>{t('data.progress')}</label>
        <progress id={`${id}-progress`} max={1} value={job?.progress ?? 0} />
      </div>
      <p className="import-status" role="status" aria-live="polite">
        {running ? (job ? t('data.rowsRead', { rows: i18n.number(job.rows) }) : t('data.uploading')) : ''}
      </p>

      <div role="alert" className="import-alert">
        {state.step === 'failed' && (
          <div className="error">
            <strong>{t('data.failed')}</strong> <span className="import-error">{state.message}</span>
          </div>
        )}
      </div>
      {state.step === 'done' && <Summary summary={state.summary} />}
    </section>
  );
}

function Summary({ summary }: { summary: ImportSummaryT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const markers = markerCounts(summary.markers);
  const heading =
    summary.status === 'dry-run'
      ? t('data.resultDryRun')
      : summary.status === 'unchanged'
        ? t('data.resultUnchanged')
        : t('data.resultImported');
  return (
    <div className="import-result">
      <h3>{heading}</h3>
      <dl className="markers">
        <div>
          <dt>{t('data.file')}</dt>
          <dd>
            {summary.file} ({summary.formatLabel})
          </dd>
        </div>
        <div>
          <dt>{t('data.table')}</dt>
          <dd>
            <code>{summary.table}</code>
          </dd>
        </div>
        <div>
          <dt>{t('data.titleColumn')}</dt>
          <dd>{summary.title}</dd>
        </div>
        <div>
          <dt>{t('data.vintage')}</dt>
          <dd>{summary.vintage ? i18n.date(summary.vintage) : t('data.noVintage')}</dd>
        </div>
        <div>
          <dt>{t('data.values')}</dt>
          <dd>{i18n.number(summary.rows)}</dd>
        </div>
        <div>
          <dt>{t('data.regions')}</dt>
          <dd>{i18n.number(summary.regions)}</dd>
        </div>
        <div>
          <dt>{t('data.periods')}</dt>
          <dd>{describePeriods(summary.periods, i18n.period)}</dd>
        </div>
        <div>
          <dt>{t('data.markers')}</dt>
          <dd>
            {markers.length === 0
              ? t('data.noMarkers')
              : markers
                  .map(([flag, count]) =>
                    t('data.markerCount', { flag, label: i18n.marker(flag), count: i18n.number(count) }),
                  )
                  .join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t('data.unknownRegions')}</dt>
          <dd>
            {summary.unknownRegions.length === 0 ? t('data.noneFound') : summary.unknownRegions.join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('data.replaced')}</dt>
          <dd>
            {summary.replacedDatasets.length === 0
              ? t('data.noneFound')
              : summary.replacedDatasets.map((n) => `#${n}`).join(', ')}
          </dd>
        </div>
        {summary.notes.length > 0 && (
          <div>
            <dt>{t('data.notes')}</dt>
            <dd>
              <ul className="notes">
                {summary.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {summary.status === 'dry-run' && <p className="note">{t('data.dryRunNote')}</p>}
    </div>
  );
}
