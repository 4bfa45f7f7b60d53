import { type FormEvent, useId, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { useAsync } from '../../use-async.ts';
import { type HydrogenItemT, workforceApi } from './workforce-api.ts';
import { CategoryBadge, ScrollRegion } from './workforce-ui.tsx';

const FIELDS = ['erzeugung', 'infrastruktur', 'anwendung', 'querschnitt'] as const;

export function Hydrogen({ regionKey }: { regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const area = regionKey || 'DG';
  const [version, setVersion] = useState(0);
  const dashboard = useAsync(`hydrogen:${area}:${version}`, () => workforceApi.hydrogenDashboard(area));
  const [form, setForm] = useState({ code: '', field: 'anwendung', reasoning: '', sources: '' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const ids = { code: useId(), field: useId(), reasoning: useId(), sources: useId() };
  const pct = (value: number | null) => (value === null ? '–' : `${i18n.number(value * 100, 1)} %`);
  const num = (value: number | null, digits = 1) => (value === null ? '–' : i18n.number(value, digits));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await workforceApi.saveHydrogen(form.code.trim(), {
        field: form.field,
        reasoning: form.reasoning,
        sources: form.sources,
      });
      setMessage({ kind: 'ok', text: t('wf.h2.saved', { code: form.code.trim() }) });
      setVersion(version + 1);
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  const edit = (item: HydrogenItemT) => {
    setForm({ code: item.kldb, field: item.field, reasoning: item.reasoning, sources: item.sources });
    document.getElementById(ids.code)?.focus();
  };
  const remove = async (item: HydrogenItemT) => {
    if (!window.confirm(t('wf.h2.removeConfirm', { code: item.kldb }))) return;
    try {
      await workforceApi.removeHydrogen(item.kldb);
      setVersion(version + 1);
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <h2>{t('wf.h2.title')}</h2>
      <p className="lead">{t('wf.h2.intro')}</p>
      {dashboard.state === 'loading' && <Loading />}
      {dashboard.state === 'error' && <Failure error={dashboard.error} />}
      {dashboard.state === 'done' && (
        <>
          {dashboard.data.warnings.map((warning) => (
            <p className="note" key={warning}>
              {warning}
            </p>
          ))}
          <ScrollRegion>
            <table className="values">
              <caption className="visually-hidden">
                {t('wf.h2.caption', { count: dashboard.data.items.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('wf.col.kldb')}</th>
                  <th scope="col">{t('wf.col.name')}</th>
                  <th scope="col">{t('wf.h2.col.field')}</th>
                  <th scope="col">{t('wf.h2.col.germany')}</th>
                  <th scope="col">{t('wf.h2.col.regional')}</th>
                  <th scope="col" className="num">
                    {t('wf.h2.col.age')}
                  </th>
                  <th scope="col" className="num">
                    {t('wf.h2.col.ageChange')}
                  </th>
                  <th scope="col" className="num">
                    {t('wf.h2.col.graduates')}
                  </th>
                  <th scope="col" className="num">
                    {t('wf.h2.col.unfilled')}
                  </th>
                  <th scope="col">{t('wf.h2.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.data.items.map((item) => (
                  <tr key={item.kldb}>
                    <td>{item.kldb}</td>
                    <th scope="row">{item.title}</th>
                    <td>{t(`wf.h2.field.${item.field}` as MessageKey)}</td>
                    <td>
                      {item.germany ? (
                        <>
                          <CategoryBadge category={item.germany.category} /> {num(item.germany.score, 2)}
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td>
                      {item.regional ? (
                        <>
                          <CategoryBadge category={item.regional.category} /> {num(item.regional.score, 2)}
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td className="num">{pct(item.share55plus)}</td>
                    <td className="num">{num(item.olderShareChange, 2)}</td>
                    <td className="num">{num(item.graduateEmployeeRatio, 2)}</td>
                    <td className="num">
                      {item.unfilledTrainingShare === null ? '–' : `${num(item.unfilledTrainingShare, 1)} %`}
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => edit(item)}
                        aria-label={t('wf.h2.edit', { code: item.kldb })}
                      >
                        ✎
                      </button>{' '}
                      <button
                        type="button"
                        onClick={() => void remove(item)}
                        aria-label={t('wf.h2.remove', { code: item.kldb })}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h3>{t('wf.h2.col.reasoning')}</h3>
          <dl className="wf-reasoning">
            {dashboard.data.items.map((item) => (
              <div key={item.kldb}>
                <dt>
                  {item.kldb} {item.title}
                </dt>
                <dd>
                  {item.reasoning}
                  {item.sources && <small>{item.sources}</small>}
                </dd>
              </div>
            ))}
          </dl>
          {dashboard.data.agePeriod && (
            <p className="source">
              {t('wf.h2.ageSource', { period: i18n.period(dashboard.data.agePeriod) })}
            </p>
          )}
        </>
      )}
      <form className="wf-form" onSubmit={save} aria-labelledby="wf-h2-form">
        <h2 id="wf-h2-form">{t('wf.h2.form')}</h2>
        <div>
          <label htmlFor={ids.code}>{t('wf.h2.code')}</label>
          <input
            id={ids.code}
            required
            pattern="\d{5}"
            inputMode="numeric"
            value={form.code}
            onChange={(e) => setForm({ ...form, code: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={ids.field}>{t('wf.h2.col.field')}</label>
          <select
            id={ids.field}
            value={form.field}
            onChange={(e) => setForm({ ...form, field: e.target.value })}
          >
            {FIELDS.map((field) => (
              <option key={field} value={field}>
                {t(`wf.h2.field.${field}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.reasoning}>{t('wf.h2.reasoning')}</label>
          <textarea
            id={ids.reasoning}
            required
            rows={3}
            value={form.reasoning}
            onChange={(e) => setForm({ ...form, reasoning: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={ids.sources}>{t('wf.h2.sources')}</label>
          <textarea
            id={ids.sources}
            rows={2}
            value={form.sources}
            onChange={(e) => setForm({ ...form, sources: e.target.value })}
          />
        </div>
        <div>
          <button type="submit">{t('wf.h2.save')}</button>
        </div>
        {message && (
          <p
            className={message.kind === 'error' ? 'error' : 'note'}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
      </form>
    </>
  );
}
