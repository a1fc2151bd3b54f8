/** The Meta app the "instagram" Playwright project's server is configured with, and its stand-in. */
// E2E_PORT_OFFSET moves every e2e port, so that two checkouts can run the suite side by side.
export const E2E_PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const STAND_IN_PORT = 3199 + E2E_PORT_OFFSET;
export const STAND_IN_URL = `http://localhost:${STAND_IN_PORT}`;
export const INSTAGRAM_APP = { id: "880000000000001", secret: "e2e0instagram0app0secret0000000000" };
export const INSTAGRAM_BASE_URL = `http://localhost:${3102 + E2E_PORT_OFFSET}`;
