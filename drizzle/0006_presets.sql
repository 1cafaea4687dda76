-- The pairing schemes and required-action rules of the source documents, as presets every
-- installation starts with. They are ordinary rows: admins edit them, add others, and
-- revise rules by effective date.
INSERT INTO schemes (code, name, description, target_type, target_kinds, blank_outlets_only) VALUES
  ('counselor', '党建辅导员（日常联系人）', '中层及以上党员领导干部与基层网点结对，辅导网点党建工作（"四个一"规定动作）。', 'unit', ARRAY['outlet'], false),
  ('party_rep', '党代表联系点', '选派党员干部以"党代表"身份与无党员网点结对，定期到联系点指导开展党建工作。', 'unit', ARRAY['outlet'], true),
  ('leader_contact', '领导基层联系点', '领导干部联系基层党组织，调研指导基层党建工作。', 'party_org', ARRAY['committee', 'general_branch', 'branch'], false),
  ('supervisor', '监督员（责任清单）', '党委委员作为监督员，督导所联系科室的党建责任清单落实。', 'unit', ARRAY['section', 'department'], false),
  ('co_building', '支部结对共建', '党支部之间结对共建、联学共建。', 'party_org', ARRAY['branch'], false);
--> statement-breakpoint
INSERT INTO rules (code, name, scheme_id, party_org_kind, subject, action_kind, period, min_count, on_site_only, require_standard_items, effective_from)
SELECT v.code, v.name, s.id, NULL, v.subject, v.action_kind, v.period, v.min_count, v.on_site_only, v.require_items, DATE '2025-01-01'
FROM (VALUES
  ('counselor.monthly_meeting', '每季度至少列席一次结对网点"每月一会"', 'counselor', 'pairing', 'monthly_meeting', 'quarter', 1, false, true),
  ('counselor.coaching', '每季度开展一次结对网点党建与业务辅导', 'counselor', 'pairing', 'coaching', 'quarter', 1, false, false),
  ('counselor.field_stay', '每年至少到结对网点蹲点一次', 'counselor', 'pairing', 'field_stay', 'year', 1, true, false),
  ('counselor.practical_deed', '每年至少为结对网点办一件实事', 'counselor', 'pairing', 'practical_deed', 'year', 1, false, false),
  ('counselor.organizational_life', '每年现场参加一次结对网点组织生活', 'counselor', 'pairing', 'organizational_life', 'year', 1, true, false),
  ('party_rep.coaching', '每季度至少到联系点指导一次党建工作', 'party_rep', 'pairing', 'coaching', 'quarter', 1, false, false)
) AS v(code, name, scheme, subject, action_kind, period, min_count, on_site_only, require_items)
JOIN schemes s ON s.code = v.scheme;
--> statement-breakpoint
INSERT INTO rules (code, name, scheme_id, party_org_kind, subject, action_kind, period, min_count, on_site_only, require_standard_items, effective_from)
SELECT v.code, v.name, NULL, 'branch', v.subject, v.action_kind, v.period, 1, false, false, DATE '2025-01-01'
FROM (VALUES
  ('branch.committee_meeting', '支委会每月至少召开一次', 'party_org', 'committee_meeting', 'month'),
  ('branch.group_meeting', '党小组会每月至少召开一次', 'party_org', 'group_meeting', 'month'),
  ('branch.general_meeting', '支部党员大会每季度至少召开一次', 'party_org', 'general_meeting', 'quarter'),
  ('branch.party_lecture', '每季度至少上一次党课', 'party_org', 'party_lecture', 'quarter'),
  ('branch.secretary_lecture', '支部书记每年至少讲一次党课', 'secretary', 'party_lecture', 'year'),
  ('branch.theme_party_day', '每月开展一次主题党日', 'party_org', 'theme_party_day', 'month'),
  ('branch.organizational_life', '每年召开一次组织生活会', 'party_org', 'organizational_life', 'year'),
  ('branch.member_appraisal', '每年开展一次民主评议党员', 'party_org', 'member_appraisal', 'year')
) AS v(code, name, subject, action_kind, period);
