-- AlterTable
ALTER TABLE "agents"."customers" ALTER COLUMN "preferredLanguage" DROP NOT NULL,
ALTER COLUMN "preferredLanguage" DROP DEFAULT;
