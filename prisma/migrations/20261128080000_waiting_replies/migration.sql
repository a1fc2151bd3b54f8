-- AlterEnum
ALTER TYPE "MessageStatus" ADD VALUE 'waiting';
