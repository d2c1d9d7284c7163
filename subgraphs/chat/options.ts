/**
 * The specification's chat channels (`chatConfig.channels`): web_chat, mobile_chat, video_chat and
 * their feature flags, as configuration data in chat.type_options (seeded, admin-editable) with
 * the specification's values as built-in defaults. A flag the specification does not list for a
 * channel is false, with two Switchboard additions kept from before: WEB and MOBILE chats outside
 * operating hours become offline messages (tickets), and MOBILE accepts file uploads.
 */
import type { ChatType, ChatTypeOption } from "../../generated/prisma/client.js";
import type { Database } from "../../shared/db.js";
import { badInput } from "../../shared/errors.js";

export type ChatTypeOptions = Omit<ChatTypeOption, "updatedAt">;

export const CHANNEL_KEYS: Record<ChatType, string> = { WEB: "web_chat", MOBILE: "mobile_chat", VIDEO: "video_chat" };

const NONE = {
  enabled: true,
  autoResponse: false,
  queuePosition: false,
  fileUpload: false,
  typingIndicators: false,
  pushNotifications: false,
  offlineMessages: false,
  voiceMessages: false,
  screenSharing: false,
  recording: false,
  maxDurationSeconds: null,
};

export const DEFAULT_CHAT_TYPE_OPTIONS: Record<ChatType, ChatTypeOptions> = {
  // web_chat: auto_response, queue_position, file_upload, typing_indicators
  WEB: {
    ...NONE,
    type: "WEB",
    autoResponse: true,
    queuePosition: true,
    fileUpload: true,
    typingIndicators: true,
    offlineMessages: true,
  },
  // mobile_chat: push_notifications, offline_messages, voice_messages, screen_sharing: false
  MOBILE: {
    ...NONE,
    type: "MOBILE",
    pushNotifications: true,
    offlineMessages: true,
    voiceMessages: true,
    fileUpload: true,
  },
  // video_chat: screen_sharing, recording, max_duration "30_minutes"
  VIDEO: { ...NONE, type: "VIDEO", screenSharing: true, recording: true, maxDurationSeconds: 30 * 60 },
};

/**
 * How long a process reuses a channel's options once read. Every chat message, typing signal and
 * media upload checks its channel's features; admins edit the rows rarely (directly in
 * chat.type_options), so an edit takes effect within this time instead of costing every message a
 * read.
 */
export const CHAT_TYPE_OPTIONS_TTL_MS = 5_000;

/** Options read recently, per database (two systems in one process never share them). */
const recentOptions = new WeakMap<Database, Map<ChatType, { options: Promise<ChatTypeOptions>; readAt: number }>>();

export async function chatTypeOptions(db: Database, type: ChatType): Promise<ChatTypeOptions> {
  let byType = recentOptions.get(db);
  if (!byType) recentOptions.set(db, (byType = new Map()));
  const now = Date.now();
  const recent = byType.get(type);
  if (recent && now - recent.readAt < CHAT_TYPE_OPTIONS_TTL_MS) return recent.options;
  const options = db.prisma.chatTypeOption
    .findUnique({ where: { type } })
    .then((row) => row ?? DEFAULT_CHAT_TYPE_OPTIONS[type]);
  byType.set(type, { options, readAt: now });
  // A failed read is not remembered: the next caller reads again.
  options.catch(() => {
    if (byType.get(type)?.options === options) byType.delete(type);
  });
  return options;
}

export async function allChatTypeOptions(db: Database): Promise<ChatTypeOptions[]> {
  const rows = await db.prisma.chatTypeOption.findMany();
  return (Object.keys(DEFAULT_CHAT_TYPE_OPTIONS) as ChatType[]).map(
    (type) => rows.find((r) => r.type === type) ?? DEFAULT_CHAT_TYPE_OPTIONS[type],
  );
}

export type ChannelFeature =
  "voiceMessages" | "fileUpload" | "typingIndicators" | "autoResponse" | "screenSharing" | "recording";

const FEATURE_NAMES: Record<ChannelFeature, string> = {
  voiceMessages: "voice messages",
  fileUpload: "file upload",
  typingIndicators: "typing indicators",
  autoResponse: "auto response (chatbot)",
  screenSharing: "screen sharing",
  recording: "recording",
};

/** Refuses (BAD_USER_INPUT naming `field`) a feature the chat's channel does not have. */
export function requireChannelFeature(options: ChatTypeOptions, feature: ChannelFeature, field: string): void {
  if (!options[feature]) {
    throw badInput(`${CHANNEL_KEYS[options.type]} does not support ${FEATURE_NAMES[feature]}`, {
      field,
      channel: CHANNEL_KEYS[options.type],
      feature,
    });
  }
}

/** Seeds the defaults without overwriting what admins changed. */
export async function seedChatTypeOptions(db: Database): Promise<void> {
  for (const options of Object.values(DEFAULT_CHAT_TYPE_OPTIONS)) {
    await db.prisma.chatTypeOption.upsert({ where: { type: options.type }, create: options, update: {} });
  }
}
