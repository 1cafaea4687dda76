DROP INDEX "records_pairing_idx";--> statement-breakpoint
DROP INDEX "records_party_org_idx";--> statement-breakpoint
CREATE INDEX "records_pairing_kind_idx" ON "records" USING btree ("pairing_id","kind","occurred_at");--> statement-breakpoint
CREATE INDEX "records_party_org_kind_idx" ON "records" USING btree ("party_org_id","kind","occurred_at");