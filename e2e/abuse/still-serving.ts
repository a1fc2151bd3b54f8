import { expect, type APIRequestContext } from "@playwright/test";
import { customerText, deliver } from "../support/webhooks";

/** An Instagram account no inbox has: its deliveries are stored as unroutable. */
const NOBODY = "17841499999999999";

/**
 * How every abuse case ends: the server still answers, and a signed webhook sent afterwards is
 * stored (the intake answers 200 only once the delivery is in the database).
 */
export async function expectStillServing(request: APIRequestContext) {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "ok" });
  const stored = await deliver(request, customerText(NOBODY, `still serving ${Date.now()}`).body);
  expect(stored.status()).toBe(200);
}
