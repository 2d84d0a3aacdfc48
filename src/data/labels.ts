/** How a module or session is named everywhere (sidebar, cards, badges, tables). */
export const moduleLabel = (module: number, title: string): string => `M${module} · ${title}`;
export const sessionLabel = (session: number, title: string): string => `S${session} · ${title}`;
