// Groups a report's bullets the way the sidebar lists them: section, then position. Pure.
import type { Report, SectionKind } from '../../analysis/types.ts';
import type { DocsBulletView } from './DocsBulletRow.tsx';

export interface SidebarGroup {
  key: string;
  /** Which position the group is (section and position index); consecutive bullets share it. */
  of: string;
  /** "Senior Product Manager · Acme Analytics", or null for bullets outside any position. */
  title: string | null;
  bullets: DocsBulletView[];
}

export interface SidebarSection {
  key: string;
  title: string;
  kind: SectionKind;
  groups: SidebarGroup[];
}

const KIND_TITLE: Record<SectionKind, string> = {
  experience: 'Experience',
  projects: 'Projects',
  skills: 'Skills',
  education: 'Education',
  summary: 'Summary',
  certifications: 'Certifications',
  other: 'Other',
  preamble: 'Top of the document',
};

export function sidebarSections(report: Report): SidebarSection[] {
  const out: SidebarSection[] = [];
  const bySection = new Map<number, SidebarSection>();
  const counters = new Map<number, number>();
  for (const b of report.bullets) {
    let section = bySection.get(b.section);
    if (!section) {
      const parsed = report.sections[b.section];
      const kind = parsed?.kind ?? 'other';
      section = { key: `s${b.section}`, title: parsed?.heading?.text.trim() || KIND_TITLE[kind], kind, groups: [] };
      bySection.set(b.section, section);
      out.push(section);
    }
    const index = counters.get(b.section) ?? 0;
    counters.set(b.section, index + 1);
    const of = b.position === null ? `${section.key}-none` : `${section.key}-p${b.position}`;
    let group = section.groups.at(-1);
    if (!group || group.of !== of) {
      const pos = b.position === null ? undefined : report.positions[b.position];
      const title = pos ? [pos.title?.text, pos.company?.text].filter(Boolean).join(' · ') || null : null;
      group = { key: `${of}-${section.groups.length}`, of, title, bullets: [] };
      section.groups.push(group);
    }
    group.bullets.push({
      key: `${section.key}-b${index}`,
      text: b.text,
      start: b.start,
      end: b.end,
      score: b.score,
      findings: b.findings,
      rewrite: b.rewrite,
    });
  }
  return out;
}
