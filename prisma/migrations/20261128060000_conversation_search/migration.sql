-- Conversation search (name, @username, message text: ILIKE '%term%') through trigram indexes;
-- without them every search reads every message. Prisma cannot express these indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Message_text_trgm_idx" ON "Message" USING gin ("text" gin_trgm_ops);
CREATE INDEX "Contact_name_trgm_idx" ON "Contact" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Contact_username_trgm_idx" ON "Contact" USING gin ("username" gin_trgm_ops);
