-- The enterprise a conversation is verified for (signed identity), to reach its conversations.
ALTER TABLE conversations ADD COLUMN verified_uscc VARCHAR(32);
CREATE INDEX conversations_verified_uscc ON conversations (verified_uscc);
