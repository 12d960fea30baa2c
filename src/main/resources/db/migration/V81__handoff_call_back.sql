-- The phone number or e-mail an enterprise queued out of office hours leaves to be called back on.
-- Personal data: deleted with the conversation's handoffs by the retention job and on erasure.
ALTER TABLE handoffs ADD COLUMN callback_contact VARCHAR(200);
