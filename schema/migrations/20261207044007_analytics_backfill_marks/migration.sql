-- CreateTable
CREATE TABLE "analytics"."backfill_marks" (
    "source" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "backfill_marks_pkey" PRIMARY KEY ("source")
);
