-- AlterTable
ALTER TABLE "Inbox" ADD COLUMN     "removalDone" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "removalStartedAt" TIMESTAMP(3),
ADD COLUMN     "removalTotal" INTEGER;
