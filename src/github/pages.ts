/**
 * A paginated list fetched concurrently, assembled in page order.
 *
 * The page count is first guessed (from a hint such as the payload's
 * `changed_files`), then corrected by the first page's `rel="last"`: pages
 * the guess missed are fetched, pages it overshot are not started (the few
 * already in flight come back empty). Without a `rel="last"`, a full final
 * page means there may be another, asked for one at a time. A page that
 * fails after its own retries fails the whole list and cancels the rest:
 * a list is complete or an error, never partial.
 */

export interface Page<T> {
  items: T[];
  /** The last page number, as the page's `Link: rel="last"` says. */
  last?: number;
}

export interface PagesOptions<T> {
  fetch(page: number, signal: AbortSignal): Promise<Page<T>>;
  /** Pages believed to exist before page 1 answers (at least 1). */
  guess: number;
  /** Pages the server serves at most. */
  maxPages: number;
  perPage: number;
  /** Page requests in flight at once. */
  concurrency: number;
}

/** Every page's items, in page order. */
export function fetchPages<T>(o: PagesOptions<T>): Promise<T[][]> {
  const clamp = (n: number): number => Math.min(o.maxPages, Math.max(1, Math.floor(n) || 1));
  const pages = new Map<number, T[]>();
  const cancel = new AbortController();
  let known = clamp(o.guess);
  let lastKnown = false;
  let next = 1;
  let running = 0;
  let failed = false;

  return new Promise((resolve, reject) => {
    const pump = (): void => {
      if (failed) return;
      while (running < o.concurrency && next <= known) start(next++);
      if (running > 0) return;
      const top = pages.get(known);
      if (!lastKnown && known < o.maxPages && top?.length === o.perPage) {
        known++;
        return pump();
      }
      resolve([...pages.keys()].sort((a, b) => a - b).map((n) => pages.get(n)!));
    };
    const start = (n: number): void => {
      running++;
      o.fetch(n, cancel.signal).then(
        (page) => {
          running--;
          pages.set(n, page.items);
          if (n === 1) {
            if (page.last !== undefined) {
              lastKnown = true;
              known = clamp(page.last);
            } else if (page.items.length < o.perPage) {
              lastKnown = true;
              known = 1;
            }
          }
          pump();
        },
        (err: unknown) => {
          running--;
          if (failed) return;
          failed = true;
          cancel.abort();
          reject(err);
        },
      );
    };
    pump();
  });
}
