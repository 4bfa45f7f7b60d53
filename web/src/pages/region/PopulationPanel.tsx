import { lazy, Suspense, useId } from 'react';
import { api, type PopulationStructureT } from '../../api.ts';
import { Failure, Loading } from '../../components/Shell.tsx';
import { useI18n } from '../../i18n-react.tsx';
import { useAsync } from '../../use-async.ts';

const PyramidChart = lazy(() => import('../../charts/PyramidChart.tsx'));

type Structure = NonNullable<PopulationStructureT['structure']>;

/** Population pyramid of the Kreis with its Land, and the same figures as a table. */
export function PopulationPanel({ regionKey, regionName }: { regionKey: string; regionName: string }) {
  const { t } = useI18n();
  const id = useId();
  const data = useAsync(`population:${regionKey}`, () => api.populationStructure(regionKey));
  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>{t('pyramid.heading')}</h2>
      {data.state === 'loading' ? <Loading /> : null}
      {data.state === 'error' ? <Failure error={data.error} /> : null}
      {data.state === 'done' ? (
        data.data.structure ? (
          <PyramidBody structure={data.data.structure} regionName={regionName} />
        ) : (
          <p className="note">{t('pyramid.missing')}</p>
        )
      ) : null}
    </section>
  );
}

function PyramidBody({ structure, regionName }: { structure: Structure; regionName: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [own, comparison] = structure.pyramids;
  const ageLabels = structure.ageGroups.map((g) => g.label);
  if (!own) return null;
  return (
    <>
      <p className="muted">
        {t('pyramid.intro', { period: i18n.period(structure.period) })}
        {comparison?.aggregated ? ` ${t('pyramid.aggregated', { name: comparison.name })}` : null}
      </p>
      <Suspense fallback={<Loading />}>
        <PyramidChart
          structure={structure}
          ageLabels={ageLabels}
          label={t('pyramid.label', { name: regionName, period: i18n.period(structure.period) })}
        />
      </Suspense>
      <details>
        <summary>{t('pyramid.tableToggle')}</summary>
        <div className="table-scroll">
          <table className="values">
            <caption>
              {t('pyramid.caption', { name: regionName, period: i18n.period(structure.period) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('pyramid.age')}</th>
                <th scope="col" className="num">
                  {t('pyramid.male')}
                </th>
                <th scope="col" className="num">
                  {t('pyramid.female')}
                </th>
                <th scope="col" className="num">
                  {t('pyramid.shareMale')}
                </th>
                <th scope="col" className="num">
                  {t('pyramid.shareFemale')}
                </th>
                {comparison ? (
                  <th scope="col" className="num">
                    {t('pyramid.shareComparison', { name: comparison.name })}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {own.groups.map((group, index) => {
                const other = comparison?.groups[index];
                const share = (value: number | null) => (value === null ? '–' : `${i18n.number(value, 1)} %`);
                return (
                  <tr key={group.code}>
                    <th scope="row">{ageLabels[index]}</th>
                    <td className="num">{i18n.marked(group.male, 'Personen', 0)}</td>
                    <td className="num">{i18n.marked(group.female, 'Personen', 0)}</td>
                    <td className="num">{share(group.male.share)}</td>
                    <td className="num">{share(group.female.share)}</td>
                    {other ? (
                      <td className="num">
                        {other.male.share === null || other.female.share === null
                          ? '–'
                          : `${i18n.number(other.male.share + other.female.share, 1)} %`}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
      <p className="source">
        {t('pyramid.source', {
          title: structure.title,
          table: structure.table,
          publisher: structure.publisher,
          vintage: structure.vintage ? i18n.date(structure.vintage) : '–',
        })}
      </p>
    </>
  );
}
