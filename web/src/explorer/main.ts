import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './explorer.css';
import { examples } from './examples.ts';

// GraphiQL bundled from npm and served by this server: the schema's docs, README examples as tabs, and a header
// editor for `Authorization: Bearer <key>`. Headers are never persisted (keys stay out of localStorage).
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
const fromUrl = new URLSearchParams(window.location.search).get('query');
const tabs = fromUrl ? [{ query: fromUrl }, ...examples] : examples;

const root = document.getElementById('graphiql')!;
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
  }),
);

// CodeMirror's hidden input textareas carry no name for assistive technology; name them after their editor.
const names: Array<[string, string]> = [
  ['.graphiql-query-editor', 'Query editor'],
  ['.graphiql-editor-tool', 'Variables or headers editor'],
  ['.graphiql-response', 'Response'],
];
new MutationObserver(() => {
  for (const textarea of root.querySelectorAll<HTMLTextAreaElement>('textarea:not([aria-label])')) {
    const name = names.find(([selector]) => textarea.closest(selector))?.[1] ?? 'Editor';
    textarea.setAttribute('aria-label', name);
  }
}).observe(root, { childList: true, subtree: true });
