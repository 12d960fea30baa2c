-- The answer record of a turn (the question, its outcome and exactly which passages of which
-- document versions the bot showed) moves into the bot message that gave the answer: it was a
-- second table written at every answered turn, whose key put each turn's row on a page of its
-- own, for a record that is one-to-one with that message and goes when the conversation goes.
ALTER TABLE messages ADD COLUMN question TEXT;
ALTER TABLE messages ADD COLUMN lang VARCHAR(8);
ALTER TABLE messages ADD COLUMN outcome VARCHAR(16);
ALTER TABLE messages ADD COLUMN confidence DOUBLE PRECISION;
ALTER TABLE messages ADD COLUMN passages TEXT;

UPDATE messages SET question = a.question, lang = a.lang, outcome = a.outcome, confidence = a.confidence,
                    passages = a.passages
FROM answer_log a
WHERE a.conversation_id = messages.conversation_id AND a.seq = messages.seq;

DROP TABLE answer_log;

-- The dashboard counts answers by outcome over a period; only answering messages are indexed,
-- and as they grow in time order, keeping the index is an append to its last pages.
CREATE INDEX messages_answer_outcome ON messages (outcome, created_at) WHERE outcome IS NOT NULL;
