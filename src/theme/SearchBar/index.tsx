// The classic theme ships no search bar (a Noop); this slot is meant to be filled.
export { default } from '@site/src/components/Search/SearchDialog';
