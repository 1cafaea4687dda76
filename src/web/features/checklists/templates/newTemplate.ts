import { presetForYear, type TemplatePreset } from '../../../../contracts/checklist-presets.ts';

/** What the list page hands to /checklist-templates/new (route state). */
export interface NewTemplateState {
  unitId: number;
  year: number;
  name: string;
  /** Start from the seed-001 example rather than a blank draft. */
  preset: boolean;
}

export const presetBody = (p: TemplatePreset, year: number) => presetForYear(p, year);
