-- AlterTable
ALTER TABLE "chat"."type_options" ADD COLUMN     "autoResponse" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "enabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "pushNotifications" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "queuePosition" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "screenSharing" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "typingIndicators" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "voiceMessages" BOOLEAN NOT NULL DEFAULT false;

-- The specification's channel flags for rows seeded before they existed.
UPDATE "chat"."type_options" SET "autoResponse" = true, "queuePosition" = true, "typingIndicators" = true WHERE "type" = 'WEB';
UPDATE "chat"."type_options" SET "pushNotifications" = true, "voiceMessages" = true WHERE "type" = 'MOBILE';
UPDATE "chat"."type_options" SET "screenSharing" = true WHERE "type" = 'VIDEO';
-- video_chat max_duration "30_minutes" (the old seed said 60; a value an admin chose is kept).
UPDATE "chat"."type_options" SET "maxDurationSeconds" = 1800 WHERE "type" = 'VIDEO' AND "maxDurationSeconds" = 3600;
