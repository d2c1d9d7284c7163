import { defineConfig } from "prisma/config";

// The datasource URL is only used by the stock Prisma CLI (migrate deploy on a machine with
// network access). The project's own scripts/migrate.ts applies the same folder offline.
export default defineConfig({
  schema: "schema/prisma",
  migrations: { path: "schema/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/switchboard" },
});
