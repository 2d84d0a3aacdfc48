/** Facts about the course that several pages show; one place to change them. */
export const course = {
  code: '02476',
  name: 'Machine Learning Operations',
  university: 'Technical University of Denmark (DTU)',
  ects: 5,
  hours: 140,
  period: 'Three weeks in January',
  level: 'Master',
  grading: 'Pass / not passed',
  assessment: 'Oral group presentation plus a written project report',
  responsible: 'Nicki Skafte Detlefsen',
  licence: 'Apache-2.0',
  repositoryUrl: 'https://github.com/SkafteNicki/dtu_mlops',
  editBranch: 'main',
  courseBaseUrl: 'https://kurser.dtu.dk/course/02476',
} as const;
