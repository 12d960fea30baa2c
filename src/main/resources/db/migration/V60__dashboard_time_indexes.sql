-- The dashboard counts conversations, answers, hand-offs and submissions over a period: without
-- these, each of its queries read a whole table. All four grow in time order, so keeping them is
-- an append to the index's last page.
CREATE INDEX conversations_created_at ON conversations (created_at);
CREATE INDEX answer_log_created_at ON answer_log (created_at);
CREATE INDEX handoffs_requested_at ON handoffs (requested_at);
CREATE INDEX submissions_created_at ON submissions (created_at);
