import { SearchBusyError, searchTurns } from '../../src/delivery/search/search-turns';

type Pending = { started: boolean; finish: (value: string) => void; fail: (error: Error) => void };

/** A search that runs until the test finishes it, recording when it started. */
const controlledSearch = (log: string[], name: string) => {
  const pending: Pending = { started: false, finish: () => undefined, fail: () => undefined };
  const run = () =>
    new Promise<string>((resolve, reject) => {
      pending.started = true;
      log.push(`start ${name}`);
      pending.finish = resolve;
      pending.fail = reject;
    });
  return { pending, run };
};

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('search turns', () => {
  it('runs at most `concurrency` searches at once, the waiting ones in the order they came', async () => {
    const takeTurn = searchTurns({ concurrency: 2, queueTimeoutMs: 60_000 });
    const log: string[] = [];
    const searches = ['a', 'b', 'c', 'd'].map((name) => controlledSearch(log, name));
    const answers = Promise.allSettled(searches.map((search) => takeTurn(search.run)));
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    searches[1].pending.finish('b done');
    await settle();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    searches[0].pending.finish('a done');
    searches[2].pending.fail(new Error('c failed'));
    await settle();
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d']);
    searches[3].pending.finish('d done');
    await expect(answers).resolves.toEqual([
      { status: 'fulfilled', value: 'a done' },
      { status: 'fulfilled', value: 'b done' },
      { status: 'rejected', reason: new Error('c failed') },
      { status: 'fulfilled', value: 'd done' },
    ]);
  });

  it('hands a search that throws at once to its caller, and frees the turn', async () => {
    const takeTurn = searchTurns({ concurrency: 1, queueTimeoutMs: 60_000 });
    const throwing = () => {
      throw new Error('thrown before any promise');
    };
    await expect(takeTurn(throwing)).rejects.toThrow('thrown before any promise');
    await expect(takeTurn(async () => 'next')).resolves.toBe('next');
  });

  it('refuses a search that waited too long, which then never runs nor holds a turn', async () => {
    jest.useFakeTimers();
    try {
      const takeTurn = searchTurns({ concurrency: 1, queueTimeoutMs: 500 });
      const log: string[] = [];
      const [running, refused, later] = ['running', 'refused', 'later'].map((name) => controlledSearch(log, name));
      const runningAnswer = takeTurn(running.run);
      const refusedAnswer = takeTurn(refused.run);
      await jest.advanceTimersByTimeAsync(499);
      expect(log).toEqual(['start running']);
      await jest.advanceTimersByTimeAsync(1);
      const error = await refusedAnswer.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SearchBusyError);
      expect(error).toMatchObject({ name: 'SearchBusyError', details: { waitedMs: 500 } });
      // The search that had its turn is never cut short, however long it takes.
      await jest.advanceTimersByTimeAsync(10_000);
      expect(running.pending.started).toBe(true);
      const laterAnswer = takeTurn(later.run);
      running.pending.finish('running done');
      await expect(runningAnswer).resolves.toBe('running done');
      await jest.advanceTimersByTimeAsync(0);
      // The refused search left the queue: the next one starts straight after the running one.
      expect(log).toEqual(['start running', 'start later']);
      later.pending.finish('later done');
      await expect(laterAnswer).resolves.toBe('later done');
      expect(refused.pending.started).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });
});
