import {
  Children,
  createContext,
  isValidElement,
  useContext,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import { ThemeClassNames, useQueryString, useStorageSlot } from '@docusaurus/theme-common';
import styles from './styles.module.css';

/**
 * The tab sets that `::::tabs{group=...}` blocks turn into (src/remark/lessonDirectives.ts).
 *
 * They behave as the theme's tabs do: a choice applies to every set of its group, on this
 * page and the next ones (kept under the theme's own storage key), and `?os=windows` in a
 * link chooses for the reader. Unlike the theme's, a set is not rebuilt once the page has
 * hydrated: the theme remounts every tab set at that moment, which added to a phone's work
 * after hydration and threw away the server's HTML of the code inside.
 */

interface TabItemProps {
  value: string;
  label?: string;
  default?: boolean;
  children?: ReactNode;
}

interface TabsProps {
  /** Sets with the same group show the same choice; the choice is remembered. */
  groupId?: string;
  /** A query string key (or `true` for the group's name) that chooses the tab from a link. */
  queryString?: string | boolean;
  children?: ReactNode;
}

interface TabsState {
  selected: string;
  idsOf: (value: string) => { tab: string; panel: string };
}

const TabsContext = createContext<TabsState | null>(null);

export function TabItem({ value, children }: TabItemProps): ReactNode {
  const tabs = useContext(TabsContext);
  if (!tabs) throw new Error(`The tab "${value}" is outside a tab set; tabs come from ":::tab" inside "::::tabs".`);
  const ids = tabs.idsOf(value);
  return (
    <div
      role="tabpanel"
      id={ids.panel}
      aria-labelledby={ids.tab}
      hidden={tabs.selected !== value}
      className={styles.panel}
    >
      {children}
    </div>
  );
}

const storageKey = (groupId: string) => `docusaurus.tab.${groupId}`;

export function Tabs({ groupId, queryString, children }: TabsProps): ReactNode {
  const items = Children.toArray(children).filter((child): child is ReactElement<TabItemProps> =>
    isValidElement(child),
  );
  const tabs = items.map(({ props }) => ({ value: props.value, label: props.label ?? props.value }));
  const initial = items.find(({ props }) => props.default)?.props.value ?? tabs[0]?.value;
  const [clicked, setClicked] = useState<string>();
  const queryKey = typeof queryString === 'string' ? queryString : queryString && groupId ? groupId : '';
  const [linked, setLinked] = useQueryString(queryKey);
  const [stored, storage] = useStorageSlot(groupId ? storageKey(groupId) : null);
  const known = (value: string | null | undefined) =>
    value && tabs.some((tab) => tab.value === value) ? value : undefined;
  // The server and the hydrating browser both read no link and no storage, so both show the
  // default tab; the reader's choice (a link's, then the remembered one) shows right after.
  // A click writes both, so every set of the group follows it.
  const selected = known(queryKey ? linked : null) ?? known(stored) ?? known(clicked) ?? initial;

  const base = useId();
  const idsOf = (value: string) => ({ tab: `${base}tab-${value}`, panel: `${base}panel-${value}` });
  const tabElements = useRef<(HTMLLIElement | null)[]>([]);

  const choose = (value: string, element: HTMLElement) => {
    if (value === selected) return;
    const top = element.getBoundingClientRect().top;
    setClicked(value);
    if (groupId) storage.set(value);
    if (queryKey) setLinked(value);
    // Sets of the same group above this one change height too: keep this one where it was.
    requestAnimationFrame(() => window.scrollBy(0, element.getBoundingClientRect().top - top));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    const last = tabs.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(tabs[index].value, event.currentTarget);
      return;
    }
    const target = moves[event.key];
    const element = tabElements.current[target];
    if (target === undefined || !element) return;
    event.preventDefault();
    element.focus();
    choose(tabs[target].value, element);
  };

  return (
    <div className={clsx(ThemeClassNames.tabs.container, 'tabs-container', styles.container)}>
      <ul role="tablist" aria-orientation="horizontal" className={clsx('tabs', styles.list)}>
        {tabs.map(({ value, label }, index) => {
          const ids = idsOf(value);
          const isSelected = value === selected;
          return (
            <li
              key={value}
              ref={(element) => {
                tabElements.current[index] = element;
              }}
              role="tab"
              id={ids.tab}
              aria-controls={ids.panel}
              aria-selected={isSelected}
              tabIndex={isSelected ? 0 : -1}
              className={clsx('tabs__item', styles.tab, isSelected && 'tabs__item--active')}
              onClick={(event) => choose(value, event.currentTarget)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {label}
            </li>
          );
        })}
      </ul>
      <div className="margin-top--md">
        <TabsContext value={{ selected, idsOf }}>{children}</TabsContext>
      </div>
    </div>
  );
}
