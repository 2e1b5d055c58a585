// Data a tile loads only once it is on screen (a sensor's sparkline, a plug's energy today): an IntersectionObserver
// starts the load, at most three run at once, and answers are kept a few minutes (at most 500, the oldest dropped) so
// a tile re-rendered by a live report draws at once instead of asking again.
const MaxCached = 500;
const FreshMs = 5 * 60_000;
const MaxRunning = 3;

const cache = new Map(); // key → { at, value }
const waiting = [];
let running = 0;

const observer = 'IntersectionObserver' in window
  ? new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      entry.target.lazyLoad?.();
    }
  }, { rootMargin: '200px 0px' })
  : null;

/** The cached answer for key, if fresh. */
export function cached(key) {
  const hit = cache.get(key);
  return hit && Date.now() - hit.at < FreshMs ? hit.value : undefined;
}

/**
 * Calls draw(value) with load()'s answer once element is near the screen — at once when a fresh answer is cached.
 * A failed load draws nothing (the tile keeps its reading) and is tried again next time.
 */
export function whenVisible(element, key, load, draw) {
  const hit = cached(key);
  if (hit !== undefined) {
    draw(hit);
    return;
  }
  element.lazyLoad = () => enqueue(async () => {
    try {
      const value = await load();
      remember(key, value);
      if (element.isConnected) draw(value);
    } catch {
      // Not drawn: history may be off (no recorder) or the token may not read it.
    }
  });
  if (observer) observer.observe(element);
  else element.lazyLoad();
}

function remember(key, value) {
  cache.delete(key);
  cache.set(key, { at: Date.now(), value });
  while (cache.size > MaxCached) cache.delete(cache.keys().next().value);
}

function enqueue(job) {
  waiting.push(job);
  pump();
}

function pump() {
  while (running < MaxRunning && waiting.length) {
    const job = waiting.shift();
    running++;
    job().finally(() => {
      running--;
      pump();
    });
  }
}
