import { describe, expect, it } from 'vitest';
import { contentGeneration, nextContentGeneration, perGeneration, sharedOnce } from '../../../site/lib/data/generation.ts';

describe('content generations (the live build loads the content again for each publish)', () => {
  it('makes a value once per generation, with the arguments of the first call', () => {
    let made = 0;
    const get = perGeneration((label: string) => `${label}-${(made += 1)}`);
    expect(get('a')).toBe('a-1');
    expect(get('b')).toBe('a-1');
    const before = contentGeneration();
    expect(nextContentGeneration()).toBe(before + 1);
    expect(get('b')).toBe('b-2');
    expect(get('c')).toBe('b-2');
    expect(made).toBe(2);
  });

  it('shares the generation across module graphs (it lives on globalThis)', () => {
    const key = Symbol.for('standards-tracker.contentGeneration');
    const now = nextContentGeneration();
    expect((globalThis as { [key: symbol]: unknown })[key]).toBe(now);
    expect(contentGeneration()).toBe(now);
  });
});

describe('sharedOnce (one cached promise per process, shared by both module graphs)', () => {
  it('gives the same promise for the same key, makes a new one for a new key, and forgets a failure', async () => {
    let made = 0;
    const once = sharedOnce<number>('test.sharedOnce');
    const make = () => Promise.resolve((made += 1));
    const first = once('a', make);
    expect(once('a', make)).toBe(first);
    expect(await first).toBe(1);
    // Another module graph's copy, by the same name, sees the same promise.
    expect(sharedOnce<number>('test.sharedOnce')('a', make)).toBe(first);
    expect(await once('b', make)).toBe(2);
    // Only the latest key is kept: going back makes it again.
    expect(await once('a', make)).toBe(3);
    const failed = once('c', () => Promise.reject(new Error('offline')));
    await expect(failed).rejects.toThrow('offline');
    await Promise.resolve();
    expect(await once('c', make)).toBe(4);
  });
});
