-- FHIR's Location?address-postalcode= pages through one ZIP code's practices in id order (issue 19).
CREATE INDEX directory_therapist_postal_code ON directory_therapist (postal_code, id);
