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
import { projectPath } from "../shared/paths.js";
import { DEMO, eventually, startTestSystem, type TestSystem } from "./harness.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = process.env.WRITE_SCREENSHOTS === "1" ? projectPath("docs", "screenshots") : null;

let system: TestSystem;
let browser: BrowserContext;
let userDataDir: string;
let origin: string;

beforeAll(async () => {
  // npm install builds the console; rebuild here only when its sources changed since.
  const build = spawnSync(process.execPath, [projectPath("scripts", "build-console.mjs"), "--if-stale"], {
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("the console did not build");
  system = await startTestSystem({ env: { CHAT_OPERATING_HOURS: "24/7" } });
  origin = new URL(system.url).origin;
  userDataDir = mkdtempSync(path.join(tmpdir(), "console-chromium-"));
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
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
    // Shaped like a staff token, signed with another key: the gateway refuses it, back to sign-in.
    const claims = Buffer.from(
      JSON.stringify({ sub: DEMO.agent.id, role: "agent", exp: Math.floor(Date.now() / 1000) + 3600 }),
    ).toString("base64url");
    await page
      .locator("textarea[name=token]")
      .fill(`${Buffer.from('{"alg":"HS256"}').toString("base64url")}.${claims}.c2lnbmF0dXJl`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("The gateway refused this token").waitFor({ timeout: 10_000 });
    expect(await page.evaluate("sessionStorage.length")).toBe(0);
    await page.close();
  });

  it("shows the live status and moves its numbers when a customer starts a chat", async () => {
    const page = await signedIn(await system.token("supervisor"));
    await page.getByTestId("supervisor-view").waitFor();
    await page.getByTestId("live-indicator").getByText("Live").waitFor({ timeout: 15_000 });
    await page.getByTestId("systemStatus").getByText("analytics").waitFor();
    await page.getByTestId("queue-length").and(page.locator("[data-value]:not([data-value=''])")).waitFor();
    const before = {
      chats: await valueOf(page, "chats-waiting"),
      active: await valueOf(page, "active-chats"),
      queue: await valueOf(page, "queue-length"),
    };

    const started = await system.request(
      `mutation($input: StartChatInput!) { startChat(input: $input) { id status } }`,
      { input: { type: "WEB", topic: "console check" } },
      await system.token("customer", DEMO.otherCustomer.id),
    );
    expect(started.errors).toBeUndefined();

    // The chat is either waiting (chats waiting, queue length) or taken at once (active chats).
    await eventually(
      async () => {
        const now = {
          chats: await valueOf(page, "chats-waiting"),
          active: await valueOf(page, "active-chats"),
          queue: await valueOf(page, "queue-length"),
        };
        return now.chats + now.active > before.chats + before.active && now;
      },
      20_000,
      100,
    );
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, "console-supervisor.png"), fullPage: true });
    expect(failuresOf(page)).toEqual([]);
    await page.close();
  }, 60_000);
});

describe("the agent view", () => {
  const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`;

  it("lists the agent's tickets by SLA urgency and shows a customer's chat message within a second", async () => {
    const customerToken = await system.token("customer", DEMO.customer.id);
    const started = await system.request(
      `mutation($input: StartChatInput!) { startChat(input: $input) { id agent { id } } }`,
      { input: { type: "WEB", topic: "card payment declined" } },
      customerToken,
    );
    expect(started.errors).toBeUndefined();
    const chat = started.data!.startChat;
    // The agent the router picked, or the demo agent taking the waiting chat.
    const agentId: string = chat.agent?.id ?? DEMO.agent.id;
    const agentToken = await system.token("agent", agentId);
    if (!chat.agent) {
      const taken = await system.request(
        `mutation($input: UpdateChatStatusInput!) { updateChatStatus(input: $input) { status } }`,
        { input: { chatId: chat.id, status: "ACTIVE" } },
        agentToken,
      );
      expect(taken.errors).toBeUndefined();
    }
    // Two tickets of the customer's assigned to the agent by a supervisor.
    const supervisor = await system.token("supervisor");
    for (const subject of ["Withdrawal stuck for three days", "How do I change my phone number"]) {
      const created = await system.request(
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
        { input: { channel: "EMAIL", subject, description: `${subject}. Please help.`, language: "en" } },
        customerToken,
      );
      expect(created.errors).toBeUndefined();
      const assigned = await system.request(
        `mutation($input: AssignTicketInput!) { assignTicket(input: $input) { status } }`,
        { input: { ticketId: created.data!.createTicket.id, agentId, force: true } },
        supervisor,
      );
      expect(assigned.errors).toBeUndefined();
    }

    const page = await signedIn(agentToken);
    await page.getByTestId("agent-view").waitFor();
    expect(await page.getByRole("button", { name: "Supervisor" }).count()).toBe(0);
    const entry = page.locator(`[data-testid=chat-entry][data-chat-id="${chat.id}"]`);
    await entry.waitFor({ timeout: 15_000 });
    await entry.click();

    // Tickets: the late ones first, then by the nearest deadline, those without a running clock last.
    await eventually(async () => (await page.getByTestId("ticket").count()) >= 2, 20_000, 200);
    const rows = await page.getByTestId("ticket").evaluateAll((items) =>
      items.map((item) => ({
        late: item.getAttribute("data-late") === "true",
        deadline: item.getAttribute("data-deadline"),
      })),
    );
    const keys = rows.map((r) => [r.late ? 0 : 1, r.deadline ? Number(r.deadline) : Infinity]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));

    // The inbox is subscribed once a probe message sent after the list loaded shows up.
    const thread = page.getByTestId("chat-thread");
    await eventually(
      async () => {
        await system.request(SEND, { input: { chatId: chat.id, body: `probe ${Date.now()}` } }, customerToken);
        return (await thread.getByText(/^probe /).count()) > 0;
      },
      10_000,
      500,
    );
    const body = `My card was charged twice (${Date.now()})`;
    const sentAt = Date.now();
    const sent = await system.request(SEND, { input: { chatId: chat.id, body } }, customerToken);
    expect(sent.errors).toBeUndefined();
    await thread.getByText(body).waitFor({ timeout: 1000 });
    expect(Date.now() - sentAt).toBeLessThan(1000);
    await expect(entry.getByText(body).count()).resolves.toBe(1);

    // The agent answers from the console: the customer sees it through the API.
    await page.getByRole("textbox", { name: "Reply" }).fill("Sorry about that, refunding the duplicate now.");
    await page.getByRole("button", { name: "Send" }).click();
    await eventually(
      async () => {
        const messages = await system.request(
          `query($id: ID!) { chat(id: $id) { messages(last: 5) { edges { node { body senderKind } } } } }`,
          { id: chat.id },
          customerToken,
        );
        return messages.data!.chat.messages.edges.some(
          (e: any) => e.node.senderKind === "AGENT" && e.node.body.startsWith("Sorry about that"),
        );
      },
      5000,
      100,
    );
    await page.getByRole("textbox", { name: "Reply" }).and(page.locator("[value='']")).waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, "console-agent.png"), fullPage: true });

    // Arabic: the whole page turns right to left, with the dictionary's strings.
    await page.locator("select[name=language]").selectOption("ar");
    await eventually(async () => (await page.locator("html").getAttribute("dir")) === "rtl");
    expect(await page.locator("html").getAttribute("lang")).toBe("ar");
    await page.getByText("صندوق المحادثات").waitFor();
    await page.getByRole("button", { name: "إرسال" }).waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, "console-agent-ar.png"), fullPage: true });
    await page.locator("select[name=language]").selectOption("en");
    await eventually(async () => (await page.locator("html").getAttribute("dir")) === "ltr");
    expect(failuresOf(page)).toEqual([]);
    await page.close();
  }, 90_000);
});

describe("the GraphiQL IDE", () => {
  it("renders at GET /graphql", async () => {
    const page = await browser.newPage();
    await page.goto(system.url);
    await page.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });
    await page.getByText("query KnowledgeBase").first().waitFor({ timeout: 30_000 });
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, "graphiql.png") });
    await page.close();
  }, 60_000);
});
