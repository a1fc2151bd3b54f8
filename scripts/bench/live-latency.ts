import { chromium } from "playwright-core";
import { BENCH_AGENT } from "./database";
import { INSTAGRAM_USER_ID } from "./deliveries";
import { sleep } from "./support";
import { createHmac } from "node:crypto";
import { customerMessage, notification } from "@/lib/webhooks/testing/payloads";

const SAMPLES = 20;

/**
 * Webhook to screen: the bench's agent has the conversation list open in headless Chromium;
 * each delivery carries a unique text, and the time runs from sending it until that text shows
 * in the page (webhook intake, worker, notification, server-sent event, refetch, render).
 */
export async function measureLiveLatency(appUrl: string, accountId: number, secret: string): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${appUrl}/login`);
    await page.getByLabel("Email").fill(BENCH_AGENT.email);
    await page.getByLabel("Password").fill(BENCH_AGENT.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/login"));
    await page.goto(`${appUrl}/app/accounts/${accountId}/conversations`);
    await page.waitForLoadState("networkidle");
    const latencies: number[] = [];
    for (let n = 0; n < SAMPLES; n++) {
      const text = `Live check ${n} ${Date.now()}`;
      const body = notification(INSTAGRAM_USER_ID, [customerMessage(INSTAGRAM_USER_ID, { mid: `bench-live-${n}`, text }, { customer: "9200000000000001" })]);
      const started = performance.now();
      const response = await fetch(`${appUrl}/webhooks/instagram`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}` },
      });
      if (!response.ok) throw new Error(`live check: delivery answered ${response.status}`);
      await page.getByText(text).first().waitFor({ timeout: 30_000 });
      latencies.push(performance.now() - started);
      await sleep(500);
    }
    return latencies;
  } finally {
    await browser.close();
  }
}
