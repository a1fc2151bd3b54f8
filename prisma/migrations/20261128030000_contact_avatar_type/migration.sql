-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "avatarContentType" TEXT;
