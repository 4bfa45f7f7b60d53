import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { api, type RegionT } from '../api.ts';
import { useI18n } from '../i18n-react.tsx';
import { Link, navigate } from '../router.tsx';

/** On an indicator page the indicator stays and only the region changes. */
function hrefFor(region: RegionT): string {
  const path = window.location.pathname;
  return path.startsWith('/indikatoren/') ? `${path}?region=${region.key}` : `/regionen/${region.key}`;
}

/**
 * Search a Kreis by name or AGS. The results are plain links (reachable with Tab and the arrow
 * keys); Enter in the field opens the first one.
 */
export function RegionPicker() {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<RegionT[] | null>(null);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      api.searchRegions(q).then(
        (list) => {
          if (!current) return;
          setResults(list.items.filter((region) => !region.historical));
          setOpen(true);
        },
        () => current && setResults([]),
      );
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  const close = () => {
    setQuery('');
    setOpen(false);
  };

  const links = () => [...(root.current?.querySelectorAll<HTMLAnchorElement>('.picker-list a') ?? [])];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = links();
    const index = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && items.length) {
      event.preventDefault();
      items[Math.min(index + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      if (index === 0) input.current?.focus();
      else items[index - 1]?.focus();
    } else if (event.key === 'Escape') {
      setOpen(false);
      input.current?.focus();
    } else if (event.key === 'Enter' && document.activeElement === input.current && results?.[0]) {
      event.preventDefault();
      const first = results[0];
      close();
      navigate(hrefFor(first));
    }
  };

  const listId = `${id}-list`;
  const showList = open && results !== null;
  return (
    <search
      className="picker"
      ref={root}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-input`}>{t('picker.label')}</label>
      <input
        id={`${id}-input`}
        ref={input}
        type="search"
        autoComplete="off"
        aria-controls={listId}
        placeholder={t('picker.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onFocus={() => setOpen(true)}
      />
      <p className="visually-hidden" aria-live="polite">
        {results === null
          ? ''
          : results.length
            ? t('picker.results', { count: results.length })
            : t('picker.none')}
      </p>
      <ul id={listId} className="picker-list" hidden={!showList}>
        {(results ?? []).map((region) => (
          <li key={region.key}>
            <Link href={hrefFor(region)} onClick={close}>
              {region.name}{' '}
              <span className="muted">
                {region.type} · {region.key}
              </span>
            </Link>
          </li>
        ))}
        {results?.length === 0 ? <li className="muted">{t('picker.none')}</li> : null}
      </ul>
    </search>
  );
}
