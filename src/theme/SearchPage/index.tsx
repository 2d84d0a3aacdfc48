import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import SearchPage from '@theme-original/SearchPage';

/** The search page of the local search plugin, with the meta description every page has. */
export default function SearchPageWrapper(): ReactNode {
  return (
    <>
      <Head>
        <meta name="description" content="Search every session and module of the Machine Learning Operations course." />
      </Head>
      <SearchPage />
    </>
  );
}
