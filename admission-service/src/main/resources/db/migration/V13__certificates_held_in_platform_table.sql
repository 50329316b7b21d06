-- Certificates now live in the platform's held_certificate (person.HeldCertificates), the same table candidate-service
-- keeps; what this database knew moves there.
INSERT INTO held_certificate (person_id, certificate_number, kind, issued_on, valid_until, revoked_on)
SELECT person_id, certificate_number, kind, issued_on, valid_until, revoked_on FROM certificate_knowledge
ON CONFLICT (person_id, certificate_number) DO NOTHING;
DROP TABLE certificate_knowledge;
