-- At most one handoff that is not closed per conversation: two staff members picking the same
-- conversation at once cannot both open one (on one node or several).
CREATE UNIQUE INDEX handoffs_one_open ON handoffs (conversation_id) WHERE status <> 'closed';
