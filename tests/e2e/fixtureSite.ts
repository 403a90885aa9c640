/** Port of the test-only site built with the fixture articles (npm run build:fixtures). */
export const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? 4323);

/** The fixture site's address. */
export const fixtureSite = `http://127.0.0.1:${fixturePort}`;

/** Port of the server that serves dist/ under /mirror/x/, as a mirror would. */
export const mirrorPort = Number(process.env.E2E_MIRROR_PORT ?? 4324);

/** The mirrored site's address. */
export const mirrorSite = `http://127.0.0.1:${mirrorPort}/mirror/x`;
