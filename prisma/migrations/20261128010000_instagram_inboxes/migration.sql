-- CreateTable
CREATE TABLE "Inbox" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstagramChannel" (
    "id" SERIAL NOT NULL,
    "inboxId" INTEGER NOT NULL,
    "instagramUserId" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT,
    "profilePictureUrl" TEXT,
    "accountType" TEXT,
    "accessToken" TEXT NOT NULL,
    "tokenExpiresAt" TIMESTAMP(3) NOT NULL,
    "tokenRefreshedAt" TIMESTAMP(3) NOT NULL,
    "grantedScopes" TEXT[],
    "reauthorizationRequired" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstagramChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboxMember" (
    "id" SERIAL NOT NULL,
    "inboxId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboxMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsedOAuthState" (
    "nonce" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsedOAuthState_pkey" PRIMARY KEY ("nonce")
);

-- CreateTable
CREATE TABLE "ConnectAttempt" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "error" TEXT NOT NULL,
    "step" TEXT,
    "metaStatus" INTEGER,
    "metaType" TEXT,
    "metaCode" INTEGER,
    "metaSubcode" INTEGER,
    "metaMessage" TEXT,
    "fbtraceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConnectAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Inbox_accountId_idx" ON "Inbox"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "InstagramChannel_inboxId_key" ON "InstagramChannel"("inboxId");

-- CreateIndex
CREATE UNIQUE INDEX "InstagramChannel_instagramUserId_key" ON "InstagramChannel"("instagramUserId");

-- CreateIndex
CREATE INDEX "InboxMember_userId_idx" ON "InboxMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "InboxMember_inboxId_userId_key" ON "InboxMember"("inboxId", "userId");

-- CreateIndex
CREATE INDEX "UsedOAuthState_expiresAt_idx" ON "UsedOAuthState"("expiresAt");

-- CreateIndex
CREATE INDEX "ConnectAttempt_accountId_createdAt_idx" ON "ConnectAttempt"("accountId", "createdAt");

-- AddForeignKey
ALTER TABLE "Inbox" ADD CONSTRAINT "Inbox_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstagramChannel" ADD CONSTRAINT "InstagramChannel_inboxId_fkey" FOREIGN KEY ("inboxId") REFERENCES "Inbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxMember" ADD CONSTRAINT "InboxMember_inboxId_fkey" FOREIGN KEY ("inboxId") REFERENCES "Inbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxMember" ADD CONSTRAINT "InboxMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectAttempt" ADD CONSTRAINT "ConnectAttempt_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
