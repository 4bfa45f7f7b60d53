/** The thematic dashboards: a path segment per theme of the catalogue that has one. Pure. */

export const THEME_DASHBOARDS = [
  { theme: 'A', slug: 'rahmenbedingungen' },
  { theme: 'C', slug: 'fruehkindliche-bildung' },
  { theme: 'D', slug: 'allgemeinbildende-schulen' },
  { theme: 'E', slug: 'berufliche-bildung' },
  { theme: 'H', slug: 'arbeitsmarkt-fachkraefte' },
  { theme: 'G', slug: 'weiterbildung' },
] as const;

export type ThemeDashboard = (typeof THEME_DASHBOARDS)[number];

export function themeSlug(theme: string): string | null {
  return THEME_DASHBOARDS.find((d) => d.theme === theme)?.slug ?? null;
}

export function dashboardBySlug(slug: string): ThemeDashboard | null {
  return THEME_DASHBOARDS.find((d) => d.slug === slug) ?? null;
}
