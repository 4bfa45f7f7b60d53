import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useRef, useSyncExternalStore } from 'react';

/** A few routes do not need a router library: the History API and one store. */

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export function navigate(href: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

export function useLocation(): { path: string; query: URLSearchParams } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(current, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

/** After a client-side navigation, start reading at the top like after a page load. */
export function useScrollTopOnNavigate(path: string): void {
  // Compare with the last path rather than counting runs: StrictMode runs effects twice in development.
  const last = useRef(path);
  useEffect(() => {
    if (last.current === path) return;
    last.current = path;
    window.scrollTo(0, 0);
    // Screen readers start reading the new page instead of staying on the clicked link.
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
}

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { onClick, href, ...rest } = props;
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(href);
  };
  // Enter on a link fires click too, so one handler serves mouse and keyboard.
  return <a {...rest} href={href} onClick={handle} />;
}

/** Each page names itself in the window title (WCAG 2.4.2). */
export function useTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title} – Bildungsregion`;
  }, [title]);
}
