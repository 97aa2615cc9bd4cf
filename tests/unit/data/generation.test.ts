import { describe, expect, it } from 'vitest';
import { contentGeneration, nextContentGeneration, perGeneration } from '../../../site/lib/data/generation.ts';

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
