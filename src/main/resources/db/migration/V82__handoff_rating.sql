-- The enterprise's rating of the help it got from a person, given once the conversation is handed
-- back: 3 satisfied, 2 neutral, 1 dissatisfied; null when not rated.
ALTER TABLE handoffs ADD COLUMN rating SMALLINT;
