/**
 * Ports of the Studio browser tests, all from STUDIO_PORT (default 3391): the static Studio,
 * the Content Lake stand-in (+1) and the publisher (+2).
 */
const studio = Number(process.env['STUDIO_PORT'] ?? 3391);

export const STUDIO_PORTS = { studio, lake: studio + 1, publisher: studio + 2, site: studio + 3 } as const;
