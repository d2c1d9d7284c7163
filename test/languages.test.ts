/**
 * The four supported languages through the gateway: `supportedLanguages` as the specification
 * lists them; the conversation language chosen in the specification's order (profile preference >
 * Accept-Language > country > text) for tickets and chats; languages outside the four refused
 * with nothing written; customer notifications and emails in the ticket's language.
 */
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestSystem, type TestSystem } from "./harness.js";

let system: TestSystem;
let smtp: SMTPServer;
const mails: { to: string[]; raw: string }[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  const smtpPort = await new Promise<number>((resolve) =>
    smtp.listen(0, "127.0.0.1", () => resolve((smtp.server.address() as AddressInfo).port)),
  );
  system = await startTestSystem({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      CHAT_OPERATING_HOURS: "24/7",
      TICKET_AUTO_RESOLVE_CONFIDENCE_THRESHOLD: "1",
      SLA_SWEEP_INTERVAL_MS: "3600000",
    },
  });
}, 60_000);

afterAll(async () => {
  await system?.close();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

/** A customer profile in agents (the owner of profiles), as a signup would leave it. */
async function newCustomer(profile: { preferredLanguage?: string | null; country?: string | null }) {
  const id = randomUUID();
  await system.db.prisma.customer.create({
    data: {
      id,
      name: `Customer ${id.slice(0, 6)}`,
      email: `c.${id.slice(0, 8)}@customers.example`,
      preferredLanguage: profile.preferredLanguage ?? null,
      country: profile.country ?? null,
    },
  });
  return { id, email: `c.${id.slice(0, 8)}@customers.example`, token: await system.token("customer", id) };
}

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number language } }`;
const START = `mutation($input: StartChatInput!) { startChat(input: $input) { id language status } }`;

async function ticketLanguage(
  token: string,
  text: { subject: string; description: string },
  headers: Record<string, string> = {},
) {
  const result = await system.request(CREATE, { input: { channel: "IN_APP", ...text } }, token, headers);
  expect(result.errors).toBeUndefined();
  return result.data!.createTicket.language as string;
}

const ENGLISH = {
  subject: "Wallet will not connect",
  description: "My wallet does not connect to the app since yesterday.",
};
const ARABIC = { subject: "المحفظة لا تتصل", description: "لا أستطيع ربط محفظتي بالتطبيق منذ يوم أمس." };

describe("supportedLanguages", () => {
  it("lists en, ar, hi, ur with name, native name, locale, direction and agent hours, for anyone", async () => {
    const result = await system.request(
      `{ supportedLanguages { code name nativeName locale rtl tier agentAvailability { description alwaysOpen opensAt closesAt utcOffsetMinutes } withinAgentHours agentsOnline } }`,
    );
    expect(result.errors).toBeUndefined();
    const languages = result.data!.supportedLanguages;
    expect(
      languages.map((l: any) => [
        l.code,
        l.name,
        l.nativeName,
        l.locale,
        l.rtl,
        l.tier,
        l.agentAvailability.description,
      ]),
    ).toEqual([
      ["en", "English", "English", "en-US", false, "primary", "24/7"],
      ["ar", "Arabic", "العربية", "ar-AE", true, "primary", "08:00-20:00 UTC+4"],
      ["hi", "Hindi", "हिन्दी", "hi-IN", false, "secondary", "09:00-18:00 UTC+5:30"],
      ["ur", "Urdu", "اردو", "ur-PK", true, "secondary", "Limited hours"],
    ]);
    expect(languages[1].agentAvailability).toEqual({
      description: "08:00-20:00 UTC+4",
      alwaysOpen: false,
      opensAt: "08:00",
      closesAt: "20:00",
      utcOffsetMinutes: 240,
    });
    expect(languages[0].withinAgentHours).toBe(true);
    expect(languages[3].withinAgentHours).toBeNull();
    // agentsOnline counts ONLINE agents speaking the language.
    const online = await system.db.prisma.agent.findMany({ where: { status: "ONLINE" }, select: { languages: true } });
    expect(languages.map((l: any) => l.agentsOnline)).toEqual(
      ["en", "ar", "hi", "ur"].map((code) => online.filter((a) => a.languages.includes(code)).length),
    );
  });
});

describe("language detection order", () => {
  it("profile preference first, whatever the header, country or text say", async () => {
    const c = await newCustomer({ preferredLanguage: "hi", country: "AE" });
    expect(await ticketLanguage(c.token, ARABIC, { "accept-language": "ur-PK" })).toBe("hi");
  });

  it("then Accept-Language (its first supported language), then the country", async () => {
    const c = await newCustomer({ preferredLanguage: null, country: "PK" });
    expect(await ticketLanguage(c.token, ENGLISH, { "accept-language": "fr-FR, hi-IN;q=0.8" })).toBe("hi");
    expect(await ticketLanguage(c.token, ENGLISH, { "accept-language": "fr-FR, de;q=0.8" })).toBe("ur");
    expect(await ticketLanguage(c.token, ENGLISH)).toBe("ur");
  });

  it("looks at the text only when none of those says anything, and never leaves the four", async () => {
    const c = await newCustomer({ preferredLanguage: null, country: "FR" });
    expect(await ticketLanguage(c.token, ARABIC, { "accept-language": "fr" })).toBe("ar");
    expect(
      await ticketLanguage(c.token, {
        subject: "Portefeuille",
        description: "Je n'arrive pas à connecter mon portefeuille à l'application depuis hier.",
      }),
    ).toBe("en");
  });

  it("chooses a chat's language the same way, and greets in it", async () => {
    const c = await newCustomer({ preferredLanguage: null, country: "PK" });
    const chat = await system.request(START, { input: { type: "WEB", botFirst: true } }, c.token);
    expect(chat.errors).toBeUndefined();
    expect(chat.data!.startChat.language).toBe("ur");
    const greeting = await system.db.prisma.chatMessage.findFirstOrThrow({
      where: { chatId: chat.data!.startChat.id, senderKind: "BOT" },
    });
    expect(greeting.body).toMatch(/^السلام علیکم! میں Switchboard کا معاون ہوں/);

    const viaHeader = await newCustomer({ preferredLanguage: null, country: null });
    const hindi = await system.request(START, { input: { type: "WEB" } }, viaHeader.token, {
      "accept-language": "hi-IN,en;q=0.5",
    });
    expect(hindi.data!.startChat.language).toBe("hi");
  });
});

describe("a language outside the four", () => {
  it("is refused on tickets and chats with a coded error naming the field, nothing written", async () => {
    const c = await newCustomer({ preferredLanguage: null, country: null });
    for (const language of ["fr", "zz-invalid-lang", "not a language!"]) {
      const ticket = await system.request(CREATE, { input: { channel: "IN_APP", ...ENGLISH, language } }, c.token);
      expect(ticket.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "language" });
      const chat = await system.request(START, { input: { type: "WEB", language } }, c.token);
      expect(chat.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "language" });
    }
    expect(await system.db.prisma.ticket.count({ where: { customerId: c.id } })).toBe(0);
    expect(await system.db.prisma.chatSession.count({ where: { customerId: c.id } })).toBe(0);
    // A locale of one of the four is fine.
    expect(
      (await system.request(CREATE, { input: { channel: "IN_APP", ...ENGLISH, language: "ar-AE" } }, c.token)).data!
        .createTicket.language,
    ).toBe("ar");
  });
});

describe("customer notifications in the ticket's language", () => {
  const notificationsOf = async (token: string, ticketId: string) => {
    const result = await system.request(
      `{ notifications(first: 50) { edges { node { kind title body ticketId } } } }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.notifications.edges.map((e: any) => e.node).filter((n: any) => n.ticketId === ticketId);
  };

  it("confirms, answers and surveys in Arabic, Hindi and Urdu — in-app and by email", async () => {
    const expected = {
      ar: { created: "استلمنا طلبك", reply: "رد جديد على", survey: "كيف كانت خدمتنا في" },
      hi: { created: "हमें आपका अनुरोध", reply: "पर नया जवाब", survey: "पर हमारी सेवा कैसी रही?" },
      ur: { created: "ہمیں آپ کی درخواست", reply: "پر نیا جواب", survey: "پر ہماری خدمت کیسی رہی؟" },
      en: { created: "We received your request", reply: "New reply on", survey: "How did we do on" },
    } as const;
    const agent = await system.token("agent");
    for (const [language, texts] of Object.entries(expected)) {
      const c = await newCustomer({ preferredLanguage: language, country: null });
      const created = await system.request(CREATE, { input: { channel: "IN_APP", ...ENGLISH } }, c.token);
      const ticket = created.data!.createTicket;
      expect(ticket.language).toBe(language);
      const reply = await system.request(
        `mutation($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { id } }`,
        { input: { ticketId: ticket.id, body: "Please reconnect from Settings > Wallets." } },
        agent,
      );
      expect(reply.errors).toBeUndefined();
      const resolved = await system.request(
        `mutation($input: TicketActionInput!) { resolveTicket(input: $input) { id } }`,
        { input: { ticketId: ticket.id } },
        agent,
      );
      expect(resolved.errors).toBeUndefined();

      const notes = await notificationsOf(c.token, ticket.id);
      const byKind = Object.fromEntries(notes.map((n: any) => [n.kind, n]));
      expect(byKind.TICKET_CREATED.title, language).toContain(texts.created);
      expect(byKind.TICKET_CREATED.title).toContain(ticket.number);
      expect(byKind.TICKET_REPLY.title, language).toContain(texts.reply);
      expect(byKind.TICKET_REPLY.body).toBe("Please reconnect from Settings > Wallets.");
      expect(byKind.CSAT_SURVEY.title, language).toContain(texts.survey);

      // The same texts went out by email to the customer's address, and were delivered.
      const emails = await eventually(async () => {
        const rows = await system.db.prisma.notificationDelivery.findMany({
          where: { channel: "EMAIL", target: c.email },
        });
        return rows.length === 3 && rows.every((r) => r.status === "DELIVERED") ? rows : null;
      }, 15_000);
      expect(emails.map((r) => r.subject).sort()).toEqual(
        [byKind.TICKET_CREATED.title, byKind.TICKET_REPLY.title, byKind.CSAT_SURVEY.title].sort(),
      );
      expect(mails.filter((m) => m.to.includes(c.email))).toHaveLength(3);
    }
  });
});
