import { expect, type BrowserContext, type Page } from "@playwright/test";
import { standIn } from "../meta-stand-in/control";
import { STAND_IN_URL } from "./instagram-app";

export const meta = standIn(STAND_IN_URL);

let sequence = 0;

/** A new Instagram professional account on the stand-in, unique to the calling test. */
export async function anInstagramAccount(options: { role?: "admin" | "tester" | "none"; tokenShape?: "flat" | "data" } = {}) {
  sequence += 1;
  const stamp = `${Date.now()}`.slice(-8);
  const userId = `1784140${stamp}${String(sequence).padStart(2, "0")}`;
  const username = `shop_${stamp}_${sequence}`;
  await meta.putUser(userId, { username, name: `Shop ${sequence}`, accountType: "BUSINESS", ...options });
  return { userId, username };
}

/** Logs this browser into Instagram (on the stand-in) as that account. */
export async function logInToInstagram(context: BrowserContext, userId: string) {
  await context.addCookies([{ name: "ig_user", value: userId, url: STAND_IN_URL }]);
}

/** From the wizard to Instagram's window; returns the authorize URL the app sent us to. */
export async function continueToInstagram(page: Page, accountId: number, locale = "") {
  await page.goto(`${locale}/app/accounts/${accountId}/settings/inboxes/new/instagram`);
  await page.getByRole("button", { name: /Continue with Instagram|Continuar con Instagram/ }).click();
  await page.waitForURL(`${STAND_IN_URL}/oauth/authorize**`);
  return new URL(page.url());
}

/**
 * Connects an Instagram account (a new one unless given) through the wizard, as the signed-in
 * administrator, with the given agents in the inbox. Returns the Instagram account and the inbox id.
 */
export async function connectInstagram(
  page: Page,
  context: BrowserContext,
  accountId: number,
  { agents = [], account }: { agents?: string[]; account?: { userId: string; username: string } } = {},
) {
  const ig = account ?? (await anInstagramAccount());
  await logInToInstagram(context, ig.userId);
  await continueToInstagram(page, accountId);
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instagram account connected" })).toBeVisible();
  // The agents form is a client form: wait for it to be live before using it.
  await page.waitForLoadState("networkidle");
  for (const name of agents) await page.getByLabel(name).check();
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page).toHaveURL(/\/settings\/inboxes\/\d+$/);
  return { ...ig, inboxId: Number(page.url().split("/").pop()) };
}
