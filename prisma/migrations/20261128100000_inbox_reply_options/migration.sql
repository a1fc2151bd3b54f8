-- AlterTable
ALTER TABLE "Inbox" ADD COLUMN     "sendMarkSeen" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "sendMessageReplies" BOOLEAN NOT NULL DEFAULT false;
