import type { Schedule } from '@site/src/data/schedule';

const projects = { page: '/pages/projects/' } as const;

/**
 * The January 2026 edition, day by day. The time plan page, the calendar download and
 * the content check all read this list; change a day here and all three follow.
 */
export const schedule = {
  edition: 2026,
  startTime: '09:00',
  days: [
    {
      date: '2026-01-05',
      weekday: 'Monday',
      kind: 'exercise',
      lecture: 'Development environment',
      frameworks: ['Terminal', 'uv', 'VS Code', 'PyTorch'],
      link: { session: 1 },
    },
    {
      date: '2026-01-06',
      weekday: 'Tuesday',
      kind: 'exercise',
      lecture: 'Organisation and version control',
      frameworks: ['Git', 'GitHub', 'Cookiecutter', 'Ruff', 'DVC', 'Typer'],
      link: { session: 2 },
    },
    {
      date: '2026-01-07',
      weekday: 'Wednesday',
      kind: 'exercise',
      lecture: 'Reproducibility',
      frameworks: ['Docker', 'Hydra'],
      link: { session: 3 },
    },
    {
      date: '2026-01-08',
      weekday: 'Thursday',
      kind: 'exercise',
      lecture: 'Debugging, profiling and logging',
      frameworks: ['Python debugger', 'cProfile', 'PyTorch profiler', 'Weights & Biases', 'PyTorch Lightning'],
      link: { session: 4 },
    },
    {
      date: '2026-01-09',
      weekday: 'Friday',
      kind: 'project',
      lecture: 'The project work',
      frameworks: [],
      link: projects,
    },
    {
      date: '2026-01-12',
      weekday: 'Monday',
      kind: 'exercise',
      lecture: 'Continuous integration',
      frameworks: ['pytest', 'GitHub Actions', 'pre-commit', 'CML'],
      link: { session: 5 },
    },
    {
      date: '2026-01-13',
      weekday: 'Tuesday',
      kind: 'exercise',
      lecture: 'The cloud',
      frameworks: ['Google Cloud', 'gcloud CLI', 'Cloud Storage', 'Vertex AI'],
      link: { session: 6 },
    },
    {
      date: '2026-01-14',
      weekday: 'Wednesday',
      kind: 'exercise',
      lecture: 'Deployment',
      frameworks: ['FastAPI', 'Cloud Run', 'Locust', 'ONNX', 'BentoML', 'Streamlit'],
      link: { session: 7 },
    },
    { date: '2026-01-15', weekday: 'Thursday', kind: 'project', frameworks: [], link: projects },
    { date: '2026-01-16', weekday: 'Friday', kind: 'project', frameworks: [], link: projects },
    {
      date: '2026-01-19',
      weekday: 'Monday',
      kind: 'exercise',
      lecture: 'Monitoring',
      frameworks: ['Evidently', 'Prometheus client', 'Cloud Monitoring'],
      link: { session: 8 },
    },
    {
      date: '2026-01-20',
      weekday: 'Tuesday',
      kind: 'exercise',
      lecture: 'Scalable applications',
      frameworks: ['PyTorch DataLoader', 'DistributedDataParallel', 'PyTorch Lightning'],
      link: { session: 9 },
    },
    {
      date: '2026-01-21',
      weekday: 'Wednesday',
      kind: 'project',
      lecture: 'Summary of the course',
      frameworks: [],
      link: projects,
    },
    { date: '2026-01-22', weekday: 'Thursday', kind: 'project', frameworks: [], link: projects },
    { date: '2026-01-23', weekday: 'Friday', kind: 'project', frameworks: [], link: projects },
  ],
} satisfies Schedule;
