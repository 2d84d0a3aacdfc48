/**
 * The course pages in `docs/pages/`, in the order the sidebar and the navbar show them.
 * Their titles and descriptions come from their front matter; only the short navbar
 * label, the order and the address (which the build checks like any link) live here.
 */
export const coursePagesCategory = 'Course information';

export const coursePages = [
  { id: 'pages/timeplan', route: '/pages/timeplan/', navbarLabel: 'Time plan' },
  { id: 'pages/projects', route: '/pages/projects/', navbarLabel: 'Projects' },
  { id: 'pages/overview', route: '/pages/overview/', navbarLabel: 'Summary' },
  { id: 'pages/course_map', route: '/pages/course_map/', navbarLabel: 'Map' },
  { id: 'pages/faq', route: '/pages/faq/', navbarLabel: 'FAQ' },
] as const;
