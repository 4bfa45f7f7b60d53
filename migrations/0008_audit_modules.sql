-- Every change to the office's own records in the workforce, survey, stakeholder and cooperation
-- modules goes to the audit log (trigger from 0004). Reference data loaded at start (occupations,
-- ISCO crosswalk) is not audited: it is replaced as a whole from a shipped file.
SELECT audit_enable('hydrogen_occupations', 'kldb_code');
SELECT audit_enable('childcare_scenarios');
SELECT audit_enable('surveys');
SELECT audit_enable('survey_invitations', 'id', 'token_hash');
SELECT audit_enable('survey_responses', 'invitation_id');
SELECT audit_enable('organisations');
SELECT audit_enable('persons');
SELECT audit_enable('person_roles');
SELECT audit_enable('organisation_relations');
SELECT audit_enable('assessments');
SELECT audit_enable('networks');
SELECT audit_enable('network_expected_groups', 'network_id');
SELECT audit_enable('network_members');
SELECT audit_enable('meetings');
SELECT audit_enable('meeting_attendance');
SELECT audit_enable('meeting_decisions');
SELECT audit_enable('meeting_tasks');
SELECT audit_enable('network_documents');
SELECT audit_enable('agreements');
SELECT audit_enable('agreement_signatories', 'agreement_id');
