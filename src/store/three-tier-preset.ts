import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../model/index.ts';
import { SEGMENT_TEMPLATES } from './segment-templates.ts';

const [enterprise, midMarket, smb] = SEGMENT_TEMPLATES.map((t) => t.segment);

/**
 * A CS organisation in three tiers, from the segment templates: the SMB tier's digital program pays back
 * first, the enterprise tier's high-touch team carries NRR above 100 %, and the mid-market tier is the
 * one short of CSMs, so it is where the next CSM earns the most (test/unit/three-tier-preset.test.ts
 * checks all three).
 */
const assumptions: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  team: {
    ...DEFAULT_ASSUMPTIONS.team,
    csmsPerManager: 8,
    // The low end of the fully loaded CSM cost in shared/benchmarks.md, for a first-line manager.
    managerAnnualCost: 180000,
    toolingPerCsmYear: 3000,
  },
  segments: [
    { ...enterprise!, csms: 8 },
    { ...midMarket!, csms: 3 },
    { ...smb!, csms: 2 },
  ],
};

/** The three-tier preset's scenario; its words and sources are with the other presets' (presets.ts). */
export const THREE_TIER_ASSUMPTIONS = assumptions;
