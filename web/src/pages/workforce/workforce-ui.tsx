import { type ReactNode, useId } from 'react';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';

/** Pieces the Fachkräfte tabs share: area choice, scrollable table region, category badge. */
export function AreaSelect({
  regionKey,
  area,
  onChange,
}: {
  regionKey: string;
  area: string;
  onChange: (area: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const options: [string, string][] = [['DG', t('wf.area.germany')]];
  if (regionKey.length >= 2 && regionKey !== 'DG')
    options.push([regionKey.slice(0, 2), t('wf.area.land', { key: regionKey.slice(0, 2) })]);
  if (regionKey.length === 5) options.push([regionKey, t('wf.area.home', { key: regionKey })]);
  return (
    <div>
      <label htmlFor={id}>{t('wf.area')}</label>{' '}
      <select id={id} value={area} onChange={(event) => onChange(event.target.value)}>
        {options.map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A horizontally scrolling table wrapper that keyboard users can reach and scroll (WCAG 2.1.1). */
export function ScrollRegion({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll it by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={t('wf.scrollTable')}>
      {children}
    </section>
  );
}

export function CategoryBadge({ category }: { category: string }) {
  const { t } = useI18n();
  return <span className={`wf-category ${category}`}>{t(`wf.cat.${category}` as MessageKey)}</span>;
}
