/**
 * The support console at /console/ in a real browser (Debian's Chromium through playwright-core):
 * served built by the gateway, signed in with a token, its supervisor view moving when the queue
 * does, the agent's inbox receiving chat messages live, and Arabic laid out right to left.
 * WRITE_SCREENSHOTS=1 also writes docs/screenshots/*.png for the README.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPath } from "../subgraphs/common/paths.js";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = process.env.WRITE_SCREENSHOTS === "1" ? projectPath("docs", "screenshots") : null;

let system: TestSystem;
let browser: BrowserContext;
let userDataDir: string;
let origin: string;

beforeAll(async () => {
  // npm install builds the console; rebuild here only when its sources changed since.
  const build = spawnSync(process.execPath, [projectPath("scripts", "build-console.mjs"), "--if-stale"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("the console did not build");
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7" } });
  origin = new URL(system.url).origin;
  userDataDir = mkdtempSync(path.join(tmpdir(), "console-chromium-"));
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await system?.close();
});

/** A fresh tab (its own sessionStorage) signed in with `token`, showing `view`. */
async function signedIn(token: string): Promise<Page> {
  const page = await browser.newPage();
  const failures: string[] = [];
  page.on("pageerror", (error) => failures.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") failures.push(message.text());
  });
  (page as Page & { failures: string[] }).failures = failures;
  await page.goto(`${origin}/console/`);
  await page.locator("textarea[name=token]").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

const failuresOf = (page: Page) => (page as Page & { failures: string[] }).failures;
const valueOf = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute("data-value"));

describe("serving the console", () => {
  it("serves the built app at /console/ with its hashed assets, a CSP, and index.html for view paths", async () => {
    const redirect = await fetch(`${origin}/console`, { redirect: "manual" });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toBe("/console/");

    const index = await fetch(`${origin}/console/`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(index.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await index.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith(".js"))).toBe(true);
    for (const asset of assets) {
      const response = await fetch(`${origin}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(asset.endsWith(".js") ? /^text\/javascript/ : /^text\/css/);
      expect(response.headers.get("cache-control")).toContain("immutable");
    }

    const view = await fetch(`${origin}/console/agent`);
    expect(view.status).toBe(200);
    expect(await view.text()).toBe(html);
    expect((await fetch(`${origin}/console/assets/gone-1234.js`)).status).toBe(404);
    expect((await fetch(`${origin}/console/%E0%A4%A.js`)).status).toBe(404);
  });
});

describe("the supervisor view", () => {
  it("refuses a customer's token and a non-token at sign-in", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/console/`);
    await page.locator("textarea[name=token]").fill("not-a-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("This is not a Switchboard token.").waitFor();
    await page.locator("textarea[name=token]").fill(await system.token("customer"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("a customer's token").waitFor();
    await page.close();
  });

  it("shows the live status and moves its numbers when a customer starts a chat", async () => {
    const page = await signedIn(await system.token("supervisor"));
    await page.getByTestId("supervisor-view").waitFor();
    await page.getByTestId("live-indicator").getByText("Live").waitFor({ timeout: 15_000 });
    await page.getByTestId("systemStatus").getByText("analytics").waitFor();
    await page.getByTestId("queue-length").and(page.locator("[data-value]:not([data-value=''])")).waitFor();
    const before = { chats: await valueOf(page, "chats-waiting"), active: await valueOf(page, "active-chats"), queue: await valueOf(page, "queue-length") };

    const started = await system.request(`mutation($input: StartChatInput!) { startChat(input: $input) { id status } }`, { input: { type: "WEB", topic: "console check" } }, await system.token("customer", DEMO.otherCustomer.id));
    expect(started.errors).toBeUndefined();

    // The chat is either waiting (chats waiting, queue length) or taken at once (active chats).
    await eventually(async () => {
      const now = { chats: await valueOf(page, "chats-waiting"), active: await valueOf(page, "active-chats"), queue: await valueOf(page, "queue-length") };
      return now.chats + now.active > before.chats + before.active && now;
    }, 20_000, 100);
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, "console-supervisor.png"), fullPage: true });
    expect(failuresOf(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
