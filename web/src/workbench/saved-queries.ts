/**
 * The saved-queries pane of the workbench (a GraphiQL plugin): the библиотека запросов shipped with the product, the
 * viewer's own queries and those colleagues of the region share; open one into the editor, save the editor's query
 * (new, or as changes to one's own), delete, download its result, and read who changed what.
 */
import { createContext, createElement as h, useCallback, useContext, useEffect, useState } from 'react';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { Kind, parse } from 'graphql';
import { roleName } from '../shared/messages.ts';
import { saveFile } from '../shared/save-file.ts';
import { problemsText, type Gateway, type Operation } from './api.ts';

export type Origin = 'LIBRARY' | 'OWN' | 'SHARED';

export interface SavedQuery {
  id: string;
  name: string;
  description: string;
  query: string;
  operationName: string | null;
  variables: string;
  sharing: 'PRIVATE' | 'TERRITORY';
  origin: Origin;
  author: string | null;
  editable: boolean;
  version: number;
  source: string | null;
  updatedAt: string;
  /** Read when the query is opened; the list leaves it out. */
  history?: {
    version: number;
    changedAt: string;
    changedBy: string;
    changedByRole: string;
    action: 'CREATED' | 'UPDATED' | 'DELETED';
    changedFields: string[];
  }[];
}

const LISTED_FIELDS =
  'id name description query operationName variables sharing origin author editable version source updatedAt';
const SAVED_QUERY_FIELDS = `${LISTED_FIELDS} history { version changedAt changedBy changedByRole action changedFields }`;

/** The list without histories (a history per query would cost ten times the list); a query's history comes when opened. */
const LIST = `query WorkbenchSavedQueries { savedQueries(first: 100) { totalCount edges { node { ${LISTED_FIELDS} } } } }`;
const ONE = `query WorkbenchSavedQuery($id: UUID!) { savedQuery(id: $id) { ${SAVED_QUERY_FIELDS} } }`;
const SAVE = `mutation WorkbenchSaveQuery($input: SaveQueryInput!) { saveQuery(input: $input) { ${SAVED_QUERY_FIELDS} } }`;
const UPDATE = `mutation WorkbenchUpdateSavedQuery($id: UUID!, $version: Int!, $changes: SavedQueryChanges!) {
  updateSavedQuery(id: $id, version: $version, changes: $changes) { ${SAVED_QUERY_FIELDS} } }`;
const DELETE = `mutation WorkbenchDeleteSavedQuery($id: UUID!, $version: Int!) { deleteSavedQuery(id: $id, version: $version) }`;

export const ORIGIN_HEADINGS: Record<Origin, string> = {
  LIBRARY: 'Библиотека запросов',
  OWN: 'Мои запросы',
  SHARED: 'Запросы коллег региона',
};

const ACTIONS = { CREATED: 'создание', UPDATED: 'изменение', DELETED: 'удаление' } as const;

/** What a revision changed, in the form's words. */
const FIELD_LABELS: Record<string, string> = {
  name: 'название',
  description: 'описание',
  query: 'текст запроса',
  operationName: 'операция',
  variables: 'переменные',
  sharing: 'доступ',
};

/** What the pane shares with the rest of the workbench: the gateway, and what the editor holds now. */
export interface WorkbenchState {
  gateway: Gateway;
  current: Operation | string;
  opened: SavedQuery | null;
  setOpened: (saved: SavedQuery | null) => void;
  /** Takes the operation to price, export and save, as GraphiQL's choice of the operation to run does. */
  chooseOperation: (name: string) => void;
}

export const WorkbenchContext = createContext<WorkbenchState | null>(null);

function useWorkbench(): WorkbenchState {
  const state = useContext(WorkbenchContext);
  if (!state) throw new Error('The saved-queries pane runs inside the workbench');
  return state;
}

/** Past GraphiQL's own 100 ms debounce of editor changes. */
const AFTER_GRAPHIQL_SETTLES_MS = 300;

/** Where the named operation begins in the document (an offset), or null. */
function operationStart(text: string, name: string): number | null {
  try {
    const found = parse(text).definitions.find(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
    );
    return found?.loc ? found.loc.start : null;
  } catch {
    return null;
  }
}

const prettyVariables = (text: string) => {
  try {
    const value: unknown = JSON.parse(text);
    return Object.keys(value as object).length === 0 ? '' : JSON.stringify(value, null, 2);
  } catch {
    return text;
  }
};

function SavedQueriesPane() {
  const { gateway, current, opened, setOpened, chooseOperation } = useWorkbench();
  const actions = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const [saved, setSaved] = useState<SavedQuery[] | null>(null);
  const [status, setStatus] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [shared, setShared] = useState(false);

  const reload = useCallback(async () => {
    const answer = await gateway.run<{ savedQueries: { edges: { node: SavedQuery }[] } | null }>({
      query: LIST,
      variables: {},
    });
    if (answer.data?.savedQueries) setSaved(answer.data.savedQueries.edges.map((edge) => edge.node));
    else setStatus(`Список не получен: ${problemsText(answer.errors)}`);
  }, [gateway]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const open = async (listed: SavedQuery) => {
    const answer = await gateway.run<{ savedQuery: SavedQuery | null }>({ query: ONE, variables: { id: listed.id } });
    const query = answer.data?.savedQuery;
    if (!query) {
      setStatus(`Запрос не открыт: ${problemsText(answer.errors) || 'он удалён'}`);
      await reload();
      return;
    }
    queryEditor?.setValue(query.query);
    variableEditor?.setValue(prettyVariables(query.variables));
    const operation = query.operationName;
    if (operation) {
      // GraphiQL runs the operation under the cursor: the cursor goes into the saved one, which is then chosen.
      const start = operationStart(query.query, operation);
      const position = start === null ? null : queryEditor?.getModel()?.getPositionAt(start);
      if (position) {
        queryEditor?.setPosition(position);
        queryEditor?.revealPositionInCenter(position);
      }
      const choose = () => {
        actions.setOperationName(operation);
        chooseOperation(operation);
      };
      choose();
      // GraphiQL 5 re-picks the operation 100 ms after an edit, from the name it had before (a stale closure): the
      // saved operation is chosen again once that has run.
      setTimeout(choose, AFTER_GRAPHIQL_SETTLES_MS);
    }
    setOpened(query);
    setName(query.name);
    setDescription(query.description);
    setShared(query.sharing === 'TERRITORY');
    setStatus(`Открыт запрос «${query.name}». Выполните его кнопкой ▶ или скачайте результат.`);
  };

  /** The form and the editor as saveQuery and updateSavedQuery take them; null (and the problem shown) for bad variables. */
  const formValues = () => {
    if (typeof current === 'string') {
      setStatus(current);
      return null;
    }
    return {
      name,
      description,
      query: current.query,
      operationName: current.operationName ?? null,
      variables: JSON.stringify(current.variables),
      sharing: shared ? 'TERRITORY' : 'PRIVATE',
    };
  };

  const saveNew = async () => {
    const input = formValues();
    if (!input) return;
    const answer = await gateway.run<{ saveQuery: SavedQuery | null }>({ query: SAVE, variables: { input } });
    if (!answer.data?.saveQuery) {
      setStatus(`Не сохранено: ${problemsText(answer.errors)}`);
      return;
    }
    setOpened(answer.data.saveQuery);
    setStatus(`Сохранён запрос «${answer.data.saveQuery.name}».`);
    await reload();
  };

  const saveChanges = async (query: SavedQuery) => {
    const changes = formValues();
    if (!changes) return;
    const answer = await gateway.run<{ updateSavedQuery: SavedQuery | null }>({
      query: UPDATE,
      variables: { id: query.id, version: query.version, changes },
    });
    if (!answer.data?.updateSavedQuery) {
      setStatus(`Изменения не сохранены: ${problemsText(answer.errors)}`);
      return;
    }
    setOpened(answer.data.updateSavedQuery);
    setStatus(`Изменения запроса «${answer.data.updateSavedQuery.name}» сохранены.`);
    await reload();
  };

  const remove = async (query: SavedQuery) => {
    if (!window.confirm(`Удалить запрос «${query.name}»?`)) return;
    const answer = await gateway.run({ query: DELETE, variables: { id: query.id, version: query.version } });
    if (answer.errors?.length) {
      setStatus(`Не удалено: ${problemsText(answer.errors)}`);
      return;
    }
    setOpened(null);
    setStatus(`Запрос «${query.name}» удалён.`);
    await reload();
  };

  const downloadSaved = async (query: SavedQuery) => {
    setStatus('Готовится файл…');
    const result = await gateway.exportFile('XLSX', { savedQueryId: query.id });
    if ('problem' in result) {
      setStatus(`Файл не получен: ${result.problem}`);
      return;
    }
    saveFile(result.file, result.name);
    setStatus(`Скачан файл ${result.name}.`);
  };

  const item = (query: SavedQuery) =>
    h(
      'li',
      { key: query.id, className: opened?.id === query.id ? 'saved-query opened' : 'saved-query' },
      h(
        'button',
        {
          type: 'button',
          className: 'saved-query-open',
          // Monaco's editors come up after the list may have arrived: opening before would load nothing into them.
          disabled: !queryEditor || !variableEditor,
          onClick: () => {
            void open(query);
          },
          title: query.description,
        },
        query.name,
      ),
      query.description ? h('p', { className: 'saved-query-description' }, query.description) : null,
      query.source ? h('p', { className: 'saved-query-source' }, `Источник: ${query.source}`) : null,
      query.origin === 'SHARED' && query.author
        ? h('p', { className: 'saved-query-source' }, `Автор: ${query.author}`)
        : null,
    );

  const groups = (['LIBRARY', 'OWN', 'SHARED'] as const).map((origin) => {
    const members = (saved ?? []).filter((query) => query.origin === origin);
    return h(
      'section',
      { key: origin, 'aria-label': ORIGIN_HEADINGS[origin] },
      h('h3', null, `${ORIGIN_HEADINGS[origin]} (${members.length})`),
      members.length > 0 ? h('ul', { className: 'saved-query-list' }, members.map(item)) : h('p', null, 'Пока нет.'),
    );
  });

  const openedPanel = opened
    ? h(
        'section',
        { 'aria-label': 'Открытый запрос', className: 'saved-query-opened' },
        h('h3', null, `Открыт: ${opened.name}`),
        h(
          'div',
          { className: 'saved-query-actions' },
          h(
            'button',
            { type: 'button', onClick: () => void downloadSaved(opened) },
            'Выгрузить сохранённый запрос (XLSX)',
          ),
          opened.editable
            ? h('button', { type: 'button', onClick: () => void saveChanges(opened) }, 'Сохранить изменения')
            : null,
          opened.editable ? h('button', { type: 'button', onClick: () => void remove(opened) }, 'Удалить') : null,
        ),
        h('h4', null, 'История изменений'),
        h(
          'ol',
          { className: 'saved-query-history' },
          (opened.history ?? []).map((revision) =>
            h(
              'li',
              { key: revision.version },
              `${new Date(revision.changedAt).toLocaleString('ru-RU')} — ${ACTIONS[revision.action]}: ` +
                `${revision.changedBy} (${roleName(revision.changedByRole) ?? revision.changedByRole})` +
                (revision.changedFields.length > 0
                  ? `; ${revision.changedFields.map((field) => FIELD_LABELS[field] ?? field).join(', ')}`
                  : ''),
            ),
          ),
        ),
      )
    : null;

  const form = h(
    'form',
    {
      className: 'saved-query-form',
      'aria-label': 'Сохранить запрос',
      onSubmit: (event: Event) => {
        event.preventDefault();
        void saveNew();
      },
    },
    h('h3', null, 'Сохранить запрос из редактора'),
    h(
      'label',
      null,
      'Название',
      h('input', {
        value: name,
        required: true,
        maxLength: 200,
        onChange: (event: { target: HTMLInputElement }) => {
          setName(event.target.value);
        },
      }),
    ),
    h(
      'label',
      null,
      'Описание',
      h('textarea', {
        value: description,
        maxLength: 2000,
        rows: 3,
        onChange: (event: { target: HTMLTextAreaElement }) => {
          setDescription(event.target.value);
        },
      }),
    ),
    h(
      'label',
      { className: 'checkbox' },
      h('input', {
        type: 'checkbox',
        checked: shared,
        onChange: (event: { target: HTMLInputElement }) => {
          setShared(event.target.checked);
        },
      }),
      'Доступен коллегам моего региона',
    ),
    h('button', { type: 'submit' }, 'Сохранить как новый'),
  );

  return h(
    'div',
    { className: 'saved-queries' },
    h('p', { className: 'saved-queries-status', role: 'status' }, status),
    openedPanel,
    form,
    saved === null ? h('p', null, 'Загрузка…') : groups,
  );
}

function SavedQueriesIcon() {
  return h('span', { 'aria-hidden': true, className: 'saved-queries-icon' }, '★');
}

/** The pane as GraphiQL takes a plugin. */
export const SAVED_QUERIES_PLUGIN = {
  title: 'Сохранённые запросы',
  icon: SavedQueriesIcon,
  content: SavedQueriesPane,
};
