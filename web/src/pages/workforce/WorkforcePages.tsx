import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, useTitle } from '../../router.tsx';
import { Bottlenecks } from './BottlenecksTab.tsx';
import { Hydrogen } from './HydrogenTab.tsx';
import { Replacement } from './ReplacementTab.tsx';
import './workforce.css';

export type WorkforceTab = 'overview' | 'bottlenecks' | 'replacement' | 'hydrogen';
/** Sections of the area with pages of their own (Kita/Ganztag forecast, company surveys). */
export type WorkforceSection = WorkforceTab | 'childcare' | 'surveys';

const TABS: { id: WorkforceTab; href: string; key: MessageKey }[] = [
  { id: 'overview', href: '/fachkraefte', key: 'wf.tab.overview' },
  { id: 'bottlenecks', href: '/fachkraefte/engpaesse', key: 'wf.tab.bottlenecks' },
  { id: 'replacement', href: '/fachkraefte/ersatzbedarf', key: 'wf.tab.replacement' },
  { id: 'hydrogen', href: '/fachkraefte/wasserstoff', key: 'wf.tab.hydrogen' },
];

const SECTIONS: { id: WorkforceSection; href: string; key: MessageKey }[] = [
  ...TABS,
  { id: 'childcare', href: '/fachkraefte/kita-ganztag', key: 'wf.tab.childcare' },
  { id: 'surveys', href: '/fachkraefte/befragungen', key: 'wf.tab.surveys' },
];

/** The area's sub-navigation, on every page of the Fachkräfte area. */
export function WorkforceSubnav({ current }: { current: WorkforceSection }) {
  const { t } = useI18n();
  return (
    <nav className="wf-subnav" aria-label={t('wf.subnav')}>
      <ul>
        {SECTIONS.map((entry) => (
          <li key={entry.id}>
            <Link href={entry.href} aria-current={entry.id === current ? 'page' : undefined}>
              {t(entry.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function tabForPath(path: string): WorkforceTab | null {
  const clean = path.replace(/\/$/, '');
  return TABS.find((tab) => tab.href === clean)?.id ?? null;
}

/** The Fachkräfte area: sub-navigation and the page of the current tab. */
export function WorkforcePage({ tab, regionKey }: { tab: WorkforceTab; regionKey: string }) {
  const { t } = useI18n();
  const current = TABS.find((entry) => entry.id === tab)!;
  useTitle(tab === 'overview' ? t('wf.title') : `${t(current.key)} – ${t('wf.title')}`);
  return (
    <>
      <h1>{tab === 'overview' ? t('wf.title') : `${t('wf.title')}: ${t(current.key)}`}</h1>
      <WorkforceSubnav current={tab} />
      {tab === 'overview' && <Overview />}
      {tab === 'bottlenecks' && <Bottlenecks regionKey={regionKey} />}
      {tab === 'replacement' && <Replacement regionKey={regionKey} />}
      {tab === 'hydrogen' && <Hydrogen regionKey={regionKey} />}
    </>
  );
}

function Overview() {
  const { t } = useI18n();
  return (
    <>
      <p className="lead">{t('wf.intro')}</p>
      <div className="cards">
        {(
          [
            ['/fachkraefte/engpaesse', 'wf.tab.bottlenecks', 'wf.card.bottlenecks'],
            ['/fachkraefte/ersatzbedarf', 'wf.tab.replacement', 'wf.card.replacement'],
            ['/fachkraefte/wasserstoff', 'wf.tab.hydrogen', 'wf.card.hydrogen'],
            ['/fachkraefte/kita-ganztag', 'wf.tab.childcare', 'wf.card.childcare'],
            ['/fachkraefte/befragungen', 'wf.tab.surveys', 'wf.card.surveys'],
          ] as const
        ).map(([href, title, text]) => (
          <section className="card" key={href}>
            <h2>
              <Link href={href}>{t(title)}</Link>
            </h2>
            <p>{t(text)}</p>
          </section>
        ))}
      </div>
    </>
  );
}
