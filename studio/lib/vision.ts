/**
 * Who may use the Vision tool (free GROQ over the whole dataset, drafts included): project
 * members with one of VISION_ROLES. Editors and viewers do not see the tool at all.
 */
import type { Tool } from 'sanity';

/** Sanity role names with access to Vision: administrators and developers. */
export const VISION_ROLES: readonly string[] = ['administrator', 'developer'];

/** Name of the Vision tool in the Studio's tool list. */
export const VISION_TOOL_NAME = 'vision';

/** The parts of Sanity's CurrentUser the check reads. */
export interface UserWithRoles {
  readonly roles: readonly { readonly name: string }[];
}

/**
 * Whether a user may use Vision.
 * @example canUseVision({ roles: [{ name: 'editor' }] }) //=> false
 */
export function canUseVision(user: UserWithRoles | null | undefined): boolean {
  return Boolean(user?.roles.some((role) => VISION_ROLES.includes(role.name)));
}

/** The Studio's `tools` option: Vision only for users canUseVision allows. */
export function toolsFor<T extends Pick<Tool, 'name'>>(tools: readonly T[], user: UserWithRoles | null | undefined): T[] {
  return canUseVision(user) ? [...tools] : tools.filter((tool) => tool.name !== VISION_TOOL_NAME);
}
