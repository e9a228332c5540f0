-- Kansrijk schema, version 6: a session length per enrolment (extended-school-day sessions are often
-- shorter than the slot), carried by the pair and by every published session. Empty: the whole slot.
ALTER TABLE enrolment ADD COLUMN session_minutes INT;
ALTER TABLE tutoring_pair ADD COLUMN session_minutes INT;
ALTER TABLE published_session ADD COLUMN session_minutes INT;
