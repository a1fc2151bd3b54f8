-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "humanAgentTag" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sendAttempt" INTEGER NOT NULL DEFAULT 0;
