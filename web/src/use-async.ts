import { useEffect, useState } from 'react';

export type Async<T> = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: T };

/** Runs `load` whenever `key` changes; a late answer for an old key is dropped. */
export function useAsync<T>(key: string, load: () => Promise<T>): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for load's inputs
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'done', data }),
      (error: unknown) =>
        current &&
        setResult({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}
