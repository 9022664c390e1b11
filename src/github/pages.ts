/**
 * A paginated list fetched concurrently, assembled in page order.
 *
 * The page count is first guessed (from a hint such as the payload's
 * `changed_files`), then corrected by the first page's `rel="last"`: pages
 * the guess missed are fetched, pages it overshot are not started (the few
 * already in flight come back empty). Neither the hint nor `rel="last"` alone
 * ends the list: a short page does, or a full last page where `rel="last"`
 * and the expected item count both agree with the pages. Otherwise a full
 * final page means there may be another, asked for one at a time, up to
 * `maxPages`. A short page followed by a non-empty one means the pages
 * disagree (the list changed while it was read): an error. A page that fails
 * after its own retries fails the whole list and cancels the rest: a list is
 * complete or an error, never partial.
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
  /** Items the list is said to hold (a hint); with a matching `rel="last"` it ends a full last page. */
  expectedItems?: number;
  /** Pages the server serves at most. */
  maxPages: number;
  perPage: number;
  /** Page requests in flight at once. */
  concurrency: number;
}

/** The pages of one list say different things about its length. */
export class PagesDisagree extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PagesDisagree';
  }
}

/** Every page's items, in page order. */
export function fetchPages<T>(o: PagesOptions<T>): Promise<T[][]> {
  const clamp = (n: number): number => Math.min(o.maxPages, Math.max(1, Math.floor(n) || 1));
  const pages = new Map<number, T[]>();
  const cancel = new AbortController();
  let known = clamp(o.guess);
  let saidLast: number | undefined;
  let next = 1;
  let running = 0;
  let failed = false;

  return new Promise((resolve, reject) => {
    const pump = (): void => {
      if (failed) return;
      while (running < o.concurrency && next <= known) start(next++);
      if (running > 0) return;
      // Every page up to next - 1 has answered.
      const top = next - 1;
      if (top < o.maxPages && pages.get(top)?.length === o.perPage && !allAgree(top)) {
        known = top + 1;
        return pump();
      }
      const ordered = Array.from({ length: top }, (_, i) => pages.get(i + 1)!);
      const disagreement = shortPageBeforeItems(ordered, o.perPage);
      if (disagreement) return reject(new PagesDisagree(disagreement));
      resolve(ordered);
    };
    const start = (n: number): void => {
      running++;
      o.fetch(n, cancel.signal).then(
        (page) => {
          running--;
          pages.set(n, page.items);
          if (n === 1) {
            saidLast = page.last;
            if (page.last !== undefined) known = clamp(page.last);
            else if (page.items.length < o.perPage) known = 1;
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
    /** `rel="last"`, the expected count and the pages read so far all say the list ends at `top`. */
    const allAgree = (top: number): boolean => {
      if (saidLast !== top || o.expectedItems === undefined) return false;
      let items = 0;
      for (let n = 1; n <= top; n++) items += pages.get(n)?.length ?? 0;
      return items === o.expectedItems;
    };
    pump();
  });
}

/** Why the pages cannot all be true: a short page with items on a later one. */
function shortPageBeforeItems<T>(pages: T[][], perPage: number): string | undefined {
  let lastWithItems = pages.length - 1;
  while (lastWithItems > 0 && pages[lastWithItems].length === 0) lastWithItems--;
  for (let i = 0; i < lastWithItems; i++) {
    if (pages[i].length < perPage) {
      return `page ${i + 1} holds ${pages[i].length} of ${perPage} items, yet page ${lastWithItems + 1} holds more: the pages disagree (did the list change while it was read?)`;
    }
  }
  return undefined;
}
