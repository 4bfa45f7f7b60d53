import { type FormEvent, lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, navigate, useLocation, useTitle } from '../../router.tsx';
import { ACTOR_GROUPS, type GraphT, get, type NetworkListT } from './api.ts';
import { DemoNote, ScrollTable, useGroupLabel } from './common.tsx';
import './stakeholders.css';

const GraphView = lazy(() => import('./GraphView.tsx'));
const EDGE_KINDS = ['relation', 'membership', 'agreement', 'meeting'] as const;

/** /akteure/netzwerkanalyse: the interactive graph with filters, the measures as a table and coverage by group. */
export function NetworkAnalysisPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('sh.graph.title'));
  const groupLabel = useGroupLabel();
  const { query } = useLocation();
  const apiQuery = query.toString();
  const [graph, setGraph] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: GraphT }
  >({
    state: 'loading',
  });
  const [networks, setNetworks] = useState<NetworkListT['items']>([]);
  useEffect(() => {
    setGraph({ state: 'loading' });
    get<GraphT>(`/api/v1/stakeholders/graph${apiQuery ? `?${apiQuery}` : ''}`).then(
      (data) => setGraph({ state: 'done', data }),
      (error: Error) => setGraph({ state: 'error', error }),
    );
  }, [apiQuery]);
  useEffect(() => {
    get<NetworkListT>('/api/v1/networks').then(
      (d) => setNetworks(d.items),
      () => setNetworks([]),
    );
  }, []);
  const kindLabel = useMemo(() => (kind: string) => t(`sh.graph.kind.${kind}` as MessageKey), [t]);
  const selectedGroups = query.getAll('actorGroup');
  const selectedKinds = query.getAll('kind');

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const group of data.getAll('actorGroup')) if (group) next.append('actorGroup', String(group));
    for (const name of ['network', 'from', 'to'] as const) {
      const value = String(data.get(name) ?? '');
      if (value) next.set(name, value);
    }
    const kinds = data.getAll('kind').map(String);
    if (kinds.length > 0 && kinds.length < EDGE_KINDS.length)
      for (const kind of kinds) next.append('kind', kind);
    const text = next.toString();
    navigate(`/akteure/netzwerkanalyse${text ? `?${text}` : ''}`, true);
  };

  const data = graph.state === 'done' ? graph.data : null;
  const rows = data
    ? [...data.nodes].sort(
        (a, b) =>
          (data.metrics[b.id]?.betweenness ?? 0) - (data.metrics[a.id]?.betweenness ?? 0) ||
          (data.metrics[b.id]?.degree ?? 0) - (data.metrics[a.id]?.degree ?? 0) ||
          a.name.localeCompare(b.name),
      )
    : [];
  return (
    <>
      <p>
        <Link href="/akteure">{t('sh.org.back')}</Link>
      </p>
      <h1>{t('sh.graph.title')}</h1>
      <p className="lead">{t('sh.graph.intro')}</p>
      <DemoNote show={data?.nodes.some((n) => n.demo) ?? false} />
      <form className="filters graph-filters" onSubmit={apply} aria-label={t('sh.graph.apply')}>
        <label>
          {t('sh.filter.group')}
          <select name="actorGroup" multiple size={5} defaultValue={selectedGroups}>
            {ACTOR_GROUPS.map((code) => (
              <option key={code} value={code}>
                {groupLabel(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sh.graph.network')}
          <select name="network" defaultValue={query.get('network') ?? ''}>
            <option value="">{t('sh.filter.all')}</option>
            {networks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sh.graph.from')}
          <input type="date" name="from" defaultValue={query.get('from') ?? ''} />
        </label>
        <label>
          {t('sh.graph.to')}
          <input type="date" name="to" defaultValue={query.get('to') ?? ''} />
        </label>
        <fieldset className="toggles">
          <legend>{t('sh.graph.kinds')}</legend>
          {EDGE_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                name="kind"
                value={kind}
                defaultChecked={selectedKinds.length === 0 || selectedKinds.includes(kind)}
              />{' '}
              {kindLabel(kind)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('sh.graph.apply')}</button>
      </form>
      {graph.state === 'loading' && <Loading />}
      {graph.state === 'error' && <Failure error={graph.error} />}
      {data && (
        <>
          <p role="status">
            {t('sh.graph.summary', {
              nodes: data.nodes.length,
              edges: data.edgeCount,
              density: i18n.number(data.density, 3),
            })}
          </p>
          <Suspense fallback={<Loading />}>
            <GraphView
              graph={data}
              label={t('sh.graph.label', { nodes: data.nodes.length, edges: data.edgeCount })}
              groupLabel={groupLabel}
              kindLabel={kindLabel}
              onSelect={(id) => navigate(`/akteure/${encodeURIComponent(id)}`)}
            />
          </Suspense>
          <section aria-labelledby="measures">
            <h2 id="measures">{t('sh.graph.table')}</h2>
            <ScrollTable label={t('sh.graph.table')}>
              <table className="values">
                <thead>
                  <tr>
                    <th scope="col">{t('sh.col.name')}</th>
                    <th scope="col">{t('sh.col.group')}</th>
                    <th scope="col" className="num">
                      {t('sh.graph.degree')}
                    </th>
                    <th scope="col" className="num" aria-sort="descending">
                      {t('sh.graph.betweenness')}
                    </th>
                    <th scope="col" className="num">
                      {t('sh.graph.brokerage')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((n) => (
                    <tr key={n.id}>
                      <td>
                        <Link href={`/akteure/${encodeURIComponent(n.id)}`}>{n.name}</Link>
                      </td>
                      <td>{groupLabel(n.actorGroup)}</td>
                      <td className="num">{data.metrics[n.id]?.degree ?? 0}</td>
                      <td className="num">{i18n.number(data.metrics[n.id]?.betweenness ?? 0, 2)}</td>
                      <td className="num">{data.metrics[n.id]?.brokerage.total ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </section>
          <section aria-labelledby="coverage">
            <h2 id="coverage">{t('sh.graph.coverage')}</h2>
            <ScrollTable label={t('sh.graph.coverage')}>
              <table className="values">
                <thead>
                  <tr>
                    <th scope="col">{t('sh.col.group')}</th>
                    <th scope="col" className="num">
                      {t('sh.graph.organisations')}
                    </th>
                    <th scope="col" className="num">
                      {t('sh.graph.connected')}
                    </th>
                    <th scope="col" className="num">
                      {t('sh.graph.internal')}
                    </th>
                    <th scope="col" className="num">
                      {t('sh.graph.external')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.coverage]
                    .sort((a, b) => groupLabel(a.group).localeCompare(groupLabel(b.group), 'de'))
                    .map((c) => (
                      <tr key={c.group}>
                        <td>{groupLabel(c.group)}</td>
                        <td className="num">{c.organisations}</td>
                        <td className="num">{c.connected}</td>
                        <td className="num">{c.internalTies}</td>
                        <td className="num">{c.externalTies}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </ScrollTable>
          </section>
        </>
      )}
    </>
  );
}
