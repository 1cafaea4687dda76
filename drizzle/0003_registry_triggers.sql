-- Paths and employee numbers compare byte-wise ("C" collation): a plain btree index then
-- answers both LIKE '/1/5/%' (subtree) and ORDER BY path, which text_pattern_ops cannot.
ALTER TABLE units ALTER COLUMN path TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE people ALTER COLUMN unit_path TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE people ALTER COLUMN employee_no TYPE text COLLATE "C";
--> statement-breakpoint
-- unit_people_stats holds, per unit, its active staff and party members (full,
-- probationary, with the party relation outside the enterprise). Statement-level
-- triggers with transition tables apply each statement's net change per unit in
-- the same transaction, so bulk imports pay one grouped upsert, not one per row.

CREATE OR REPLACE FUNCTION people_stats_delta(sign integer, rows_unit integer[], rows_emp text[], rows_party text[], rows_rel text[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO unit_people_stats AS s (unit_id, staff, members_full, members_probationary, members_external)
  SELECT r.unit_id,
         sign * count(*) FILTER (WHERE r.emp = 'active'),
         sign * count(*) FILTER (WHERE r.emp = 'active' AND r.party = 'full'),
         sign * count(*) FILTER (WHERE r.emp = 'active' AND r.party = 'probationary'),
         sign * count(*) FILTER (WHERE r.emp = 'active' AND r.party IN ('full', 'probationary') AND r.rel = 'outside')
  FROM unnest(rows_unit, rows_emp, rows_party, rows_rel) AS r(unit_id, emp, party, rel)
  GROUP BY r.unit_id
  ON CONFLICT (unit_id) DO UPDATE SET
    staff = s.staff + excluded.staff,
    members_full = s.members_full + excluded.members_full,
    members_probationary = s.members_probationary + excluded.members_probationary,
    members_external = s.members_external + excluded.members_external
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION people_stats_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM people_stats_delta(1,
    (SELECT array_agg(unit_id) FROM new_rows), (SELECT array_agg(employment_status) FROM new_rows),
    (SELECT array_agg(party_status) FROM new_rows), (SELECT array_agg(party_relation) FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION people_stats_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM people_stats_delta(-1,
    (SELECT array_agg(unit_id) FROM old_rows), (SELECT array_agg(employment_status) FROM old_rows),
    (SELECT array_agg(party_status) FROM old_rows), (SELECT array_agg(party_relation) FROM old_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION people_stats_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only rows whose counted fields changed matter; the rest cancel out.
  PERFORM people_stats_delta(-1,
    array_agg(o.unit_id), array_agg(o.employment_status), array_agg(o.party_status), array_agg(o.party_relation))
  FROM old_rows o JOIN new_rows n ON n.id = o.id
  WHERE (o.unit_id, o.employment_status, o.party_status, coalesce(o.party_relation, ''))
     IS DISTINCT FROM (n.unit_id, n.employment_status, n.party_status, coalesce(n.party_relation, ''));
  PERFORM people_stats_delta(1,
    array_agg(n.unit_id), array_agg(n.employment_status), array_agg(n.party_status), array_agg(n.party_relation))
  FROM old_rows o JOIN new_rows n ON n.id = o.id
  WHERE (o.unit_id, o.employment_status, o.party_status, coalesce(o.party_relation, ''))
     IS DISTINCT FROM (n.unit_id, n.employment_status, n.party_status, coalesce(n.party_relation, ''));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_stats_insert AFTER INSERT ON people
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION people_stats_after_insert();
--> statement-breakpoint
CREATE TRIGGER people_stats_delete AFTER DELETE ON people
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION people_stats_after_delete();
--> statement-breakpoint
CREATE TRIGGER people_stats_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION people_stats_after_update();
--> statement-breakpoint
-- Recomputes every unit's counts from the people rows (repair, and the tests' reference).
CREATE OR REPLACE FUNCTION unit_people_stats_rebuild() RETURNS void LANGUAGE sql AS $$
  DELETE FROM unit_people_stats;
  INSERT INTO unit_people_stats (unit_id, staff, members_full, members_probationary, members_external)
  SELECT unit_id,
         count(*) FILTER (WHERE employment_status = 'active'),
         count(*) FILTER (WHERE employment_status = 'active' AND party_status = 'full'),
         count(*) FILTER (WHERE employment_status = 'active' AND party_status = 'probationary'),
         count(*) FILTER (WHERE employment_status = 'active' AND party_status IN ('full', 'probationary') AND party_relation = 'outside')
  FROM people GROUP BY unit_id
$$;
