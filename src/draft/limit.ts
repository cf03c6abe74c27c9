/** Starts fn on every item with at most `limit` running at once; the promises come back in item order. */
export function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R>[] {
  let running = 0;
  const queue: Array<() => void> = [];
  const next = () => {
    running--;
    queue.shift()?.();
  };
  return items.map(
    (item, i) =>
      new Promise<R>((resolve, reject) => {
        const start = () => {
          running++;
          fn(item, i).then(resolve, reject).finally(next);
        };
        if (running < limit) start();
        else queue.push(start);
      }),
  );
}
