/** The Vision tool is for administrators and developers only. */
import { describe, expect, it } from 'vitest';
import { canUseVision, toolsFor } from '../../../studio/lib/vision.ts';

const tools = [{ name: 'structure' }, { name: 'vision' }];

describe('Vision access', () => {
  it.each([
    [[{ name: 'administrator' }], true],
    [[{ name: 'editor' }, { name: 'developer' }], true],
    [[{ name: 'editor' }], false],
    [[{ name: 'viewer' }], false],
    [[], false],
  ])('roles %j → %s', (roles, allowed) => {
    expect(canUseVision({ roles })).toBe(allowed);
    expect(toolsFor(tools, { roles }).map((tool) => tool.name)).toEqual(allowed ? ['structure', 'vision'] : ['structure']);
  });

  it('hides Vision while no user is known', () => {
    expect(toolsFor(tools, null).map((tool) => tool.name)).toEqual(['structure']);
  });
});
