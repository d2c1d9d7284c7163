/** Per chat type options: configuration data in chat.type_options (seeded), with built-in defaults. */
import type { ChatType, ChatTypeOption } from "../../generated/prisma/client.js";
import type { Database } from "../common/db.js";

export type ChatTypeOptions = Pick<ChatTypeOption, "type" | "fileUpload" | "offlineMessages" | "recording" | "maxDurationSeconds">;

export const DEFAULT_CHAT_TYPE_OPTIONS: Record<ChatType, ChatTypeOptions> = {
  WEB: { type: "WEB", fileUpload: true, offlineMessages: true, recording: false, maxDurationSeconds: null },
  MOBILE: { type: "MOBILE", fileUpload: true, offlineMessages: true, recording: false, maxDurationSeconds: null },
  VIDEO: { type: "VIDEO", fileUpload: false, offlineMessages: false, recording: true, maxDurationSeconds: 3600 },
};

export async function chatTypeOptions(db: Database, type: ChatType): Promise<ChatTypeOptions> {
  return (await db.prisma.chatTypeOption.findUnique({ where: { type } })) ?? DEFAULT_CHAT_TYPE_OPTIONS[type];
}

export async function allChatTypeOptions(db: Database): Promise<ChatTypeOptions[]> {
  const rows = await db.prisma.chatTypeOption.findMany();
  return (Object.keys(DEFAULT_CHAT_TYPE_OPTIONS) as ChatType[]).map((type) => rows.find((r) => r.type === type) ?? DEFAULT_CHAT_TYPE_OPTIONS[type]);
}

/** Seeds the defaults without overwriting what admins changed. */
export async function seedChatTypeOptions(db: Database): Promise<void> {
  for (const options of Object.values(DEFAULT_CHAT_TYPE_OPTIONS)) {
    await db.prisma.chatTypeOption.upsert({ where: { type: options.type }, create: options, update: {} });
  }
}
