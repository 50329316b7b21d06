-- Certificates now live in the platform's held_certificate (person.HeldCertificates), the same table admission-service
-- keeps; what candidate_certificate knew moves there (its rows are candidates', whose ids are the person ids).
INSERT INTO held_certificate (person_id, certificate_number, kind, issued_on, revoked_on)
SELECT candidate_id, certificate_number, kind, issued_on, revoked_on FROM candidate_certificate
ON CONFLICT (person_id, certificate_number) DO NOTHING;
DROP TABLE candidate_certificate;
