-- CreateEnum
CREATE TYPE "WebhookEventStatus" AS ENUM ('pending', 'processed', 'invalid', 'unroutable', 'failed', 'dead');

-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('open', 'resolved');

-- CreateEnum
CREATE TYPE "MessageDirection" AS ENUM ('incoming', 'outgoing');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('message', 'postback', 'referral');

-- CreateEnum
CREATE TYPE "MessageSource" AS ENUM ('contact', 'agent', 'instagram_app');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('received', 'sending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "AttachmentFileStatus" AS ENUM ('none', 'pending', 'stored', 'unavailable');

-- AlterTable
ALTER TABLE "Inbox" ADD COLUMN     "reopenResolvedConversations" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" BIGSERIAL NOT NULL,
    "body" BYTEA NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "WebhookEventStatus" NOT NULL DEFAULT 'pending',
    "instagramUserIds" TEXT[],
    "inboxIds" INTEGER[],
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "processedAt" TIMESTAMP(3),
    "replays" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Counter" (
    "key" TEXT NOT NULL,
    "value" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" SERIAL NOT NULL,
    "inboxId" INTEGER NOT NULL,
    "igsid" TEXT NOT NULL,
    "name" TEXT,
    "username" TEXT,
    "avatarPath" TEXT,
    "followerCount" INTEGER,
    "verified" BOOLEAN,
    "followsBusiness" BOOLEAN,
    "followedByBusiness" BOOLEAN,
    "profileFetchedAt" TIMESTAMP(3),
    "profileError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "inboxId" INTEGER NOT NULL,
    "contactId" INTEGER NOT NULL,
    "status" "ConversationStatus" NOT NULL DEFAULT 'open',
    "assigneeId" INTEGER,
    "lastActivityAt" TIMESTAMP(3) NOT NULL,
    "lastCustomerMessageAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" SERIAL NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "inboxId" INTEGER NOT NULL,
    "mid" TEXT,
    "kind" "MessageKind" NOT NULL DEFAULT 'message',
    "direction" "MessageDirection" NOT NULL,
    "source" "MessageSource" NOT NULL,
    "senderId" INTEGER,
    "status" "MessageStatus" NOT NULL,
    "text" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "replyToMid" TEXT,
    "replyToStory" JSONB,
    "details" JSONB,
    "unsupported" BOOLEAN NOT NULL DEFAULT false,
    "deletedAt" TIMESTAMP(3),
    "editedAt" TIMESTAMP(3),
    "editCount" INTEGER NOT NULL DEFAULT 0,
    "readAt" TIMESTAMP(3),
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageAttachment" (
    "id" SERIAL NOT NULL,
    "messageId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "title" TEXT,
    "details" JSONB,
    "fileStatus" "AttachmentFileStatus" NOT NULL DEFAULT 'none',
    "storagePath" TEXT,
    "contentType" TEXT,
    "byteSize" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessageAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageReaction" (
    "id" SERIAL NOT NULL,
    "messageId" INTEGER NOT NULL,
    "reactorId" TEXT NOT NULL,
    "reaction" TEXT,
    "emoji" TEXT,
    "eventAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessageReaction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookEvent_status_receivedAt_idx" ON "WebhookEvent"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_receivedAt_idx" ON "WebhookEvent"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_inboxId_igsid_key" ON "Contact"("inboxId", "igsid");

-- CreateIndex
CREATE INDEX "Conversation_accountId_lastActivityAt_idx" ON "Conversation"("accountId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Conversation_inboxId_lastActivityAt_idx" ON "Conversation"("inboxId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Conversation_contactId_idx" ON "Conversation"("contactId");

-- CreateIndex
CREATE INDEX "Message_conversationId_sentAt_idx" ON "Message"("conversationId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_inboxId_mid_key" ON "Message"("inboxId", "mid");

-- CreateIndex
CREATE UNIQUE INDEX "MessageAttachment_messageId_position_key" ON "MessageAttachment"("messageId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MessageReaction_messageId_reactorId_key" ON "MessageReaction"("messageId", "reactorId");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_inboxId_fkey" FOREIGN KEY ("inboxId") REFERENCES "Inbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_inboxId_fkey" FOREIGN KEY ("inboxId") REFERENCES "Inbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageAttachment" ADD CONSTRAINT "MessageAttachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageReaction" ADD CONSTRAINT "MessageReaction_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One open conversation per contact (Prisma cannot express a partial unique index).
CREATE UNIQUE INDEX "Conversation_one_open_per_contact" ON "Conversation"("contactId") WHERE "status" = 'open';
