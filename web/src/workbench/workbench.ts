/**
 * Рабочее место аналитика: GraphiQL on the gateway's own origin, signed in as the pages are. Above the editor, who is
 * signed in and where, the cost of the query in the editor against the viewer's budget (a dry run as one types), and
 * the result as a spreadsheet; beside it the schema's documentation and the saved queries.
 */
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { Kind, parse } from 'graphql';
import { createElement as h, useCallback, useEffect, useMemo, useState } from 'react';
import { DEMO_DATA_NOTICE } from '../../../platform/src/tabular/demo-notice.ts';
import { saveFile } from '../shared/save-file.ts';
import { parseVariables, problemsText, type CostReport, type Gateway, type Operation } from './api.ts';
import { SAVED_QUERIES_PLUGIN, WorkbenchContext, type SavedQuery } from './saved-queries.ts';

/** One array for every render: a new one would make GraphiQL set its panes up again, closing the one in use. */
const PLUGINS = [SAVED_QUERIES_PLUGIN, HISTORY_PLUGIN];

/** How long typing may pause before the cost is asked for. */
const COST_DELAY_MS = 400;

const number = new Intl.NumberFormat('ru-RU');

export interface WorkbenchProps {
  gateway: Gateway;
  roleLabel: string;
  territoryLabel: string;
  regionCode: string | undefined;
  demoData: boolean;
  onSignOut: () => void;
}

const defaultQuery = () => `# Рабочее место аналитика: запросы GraphQL к федерации «Целевая модель наставничества».
# Документация схемы — кнопка «Docs» слева; готовые запросы — «Сохранённые запросы» (★).
# Стоимость запроса видна над редактором до выполнения; результат скачивается в XLSX или CSV.
query RegionOverview($code: String!) {
  region(code: $code) {
    name
    municipalities(first: 5) { totalCount edges { node { name oktmo } } }
  }
}
`;

type CostState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'report'; report: CostReport }
  | { kind: 'problem'; message: string };

function CostBar({ state }: { state: CostState }) {
  if (state.kind === 'idle') return h('p', { className: 'cost', role: 'status' }, 'Стоимость: напишите запрос.');
  if (state.kind === 'pending') return h('p', { className: 'cost', role: 'status' }, 'Стоимость: считается…');
  if (state.kind === 'problem')
    return h('p', { className: 'cost problem', role: 'status' }, `Стоимость не оценена: ${state.message}`);
  const { report } = state;
  const facts = [
    `Стоимость ${number.format(report.cost)} из ${number.format(report.budget)}`,
    `глубина ${report.depth.actual} из ${report.depth.max}`,
    `псевдонимы ${report.aliases.actual} из ${report.aliases.max}`,
    report.costliest ? `дороже всего ${report.costliest.path} (${number.format(report.costliest.cost)})` : null,
  ].filter(Boolean);
  return h(
    'div',
    { className: report.withinLimits ? 'cost' : 'cost over', role: 'status', 'data-cost': report.cost },
    h('p', null, facts.join(' · ')),
    report.refusal ? h('p', { className: 'refusal' }, `Запрос будет отклонён: ${report.refusal.message}`) : null,
  );
}

/**
 * The operation of the document to price and export: the one GraphiQL last ran or the cursor chose, when the
 * document still holds it, else the first named one; none for a document of one operation (or one that does not parse,
 * which the gateway then explains).
 */
function operationOf(text: string, chosen: string | undefined): string | undefined {
  let names: string[];
  try {
    names = parse(text)
      .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((definition) => definition.name?.value ?? '');
  } catch {
    return undefined;
  }
  if (names.length <= 1) return undefined;
  return chosen && names.includes(chosen) ? chosen : names.find((name) => name !== '');
}

export function Workbench(props: WorkbenchProps) {
  const { gateway } = props;
  const [queryText, setQueryText] = useState<string>(defaultQuery);
  const [variablesText, setVariablesText] = useState<string>(() =>
    JSON.stringify({ code: props.regionCode ?? '67' }, null, 2),
  );
  const [operationName, setOperationName] = useState<string | undefined>(undefined);
  const setChosenOperation = useCallback((name: string) => {
    setOperationName(name || undefined);
  }, []);
  const [cost, setCost] = useState<CostState>({ kind: 'idle' });
  const [exportStatus, setExportStatus] = useState('');
  const [opened, setOpened] = useState<SavedQuery | null>(null);

  const current: Operation | string = useMemo(() => {
    const variables = parseVariables(variablesText);
    if (typeof variables === 'string') return variables;
    const name = operationOf(queryText, operationName);
    return { query: queryText, variables, ...(name ? { operationName: name } : {}) };
  }, [queryText, variablesText, operationName]);

  useEffect(() => {
    if (typeof current === 'string') {
      setCost({ kind: 'problem', message: current });
      return;
    }
    if (current.query.replace(/#.*$/gm, '').trim() === '') {
      setCost({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    setCost({ kind: 'pending' });
    const timer = setTimeout(() => {
      gateway
        .cost(current, controller.signal)
        .then((answer) => {
          setCost(
            Array.isArray(answer)
              ? { kind: 'problem', message: problemsText(answer) || 'неизвестная ошибка' }
              : { kind: 'report', report: answer as CostReport },
          );
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setCost({ kind: 'problem', message: String(error) });
        });
    }, COST_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [current, gateway]);

  const fetcher: GraphiQLProps['fetcher'] = useMemo(
    () => async (params) => {
      const answer = await gateway.run({
        query: params.query,
        variables: (params.variables ?? {}) as Record<string, unknown>,
        ...(params.operationName ? { operationName: params.operationName } : {}),
      });
      return answer as never;
    },
    [gateway],
  );

  const exportResult = async (format: 'XLSX' | 'CSV') => {
    if (typeof current === 'string') {
      setExportStatus(current);
      return;
    }
    setExportStatus('Готовится файл…');
    const result = await gateway.exportFile(format, current);
    if ('problem' in result) {
      setExportStatus(`Файл не получен: ${result.problem}`);
      return;
    }
    saveFile(result.file, result.name);
    setExportStatus(`Скачан файл ${result.name}.`);
  };

  const state = useMemo(
    () => ({ gateway, current, opened, setOpened, chooseOperation: setChosenOperation }),
    [gateway, current, opened, setChosenOperation],
  );

  return h(
    WorkbenchContext.Provider,
    { value: state },
    h(
      'div',
      { className: 'workbench' },
      h(
        'header',
        { className: 'workbench-header' },
        h(
          'p',
          { className: 'app-title' },
          h('a', { href: '/dashboard/' }, 'Наставничество педагогов'),
          ' ',
          h('span', null, 'рабочее место аналитика'),
        ),
        h(
          'div',
          { className: 'viewer' },
          h('span', { className: 'viewer-role' }, props.roleLabel),
          h('span', { className: 'viewer-territory' }, props.territoryLabel),
          h('button', { type: 'button', className: 'button secondary', onClick: props.onSignOut }, 'Выйти'),
        ),
      ),
      props.demoData ? h('p', { className: 'demo-note' }, DEMO_DATA_NOTICE) : null,
      h(
        'div',
        { className: 'workbench-bar' },
        h(CostBar, { state: cost }),
        h(
          'div',
          { className: 'export' },
          h('button', { type: 'button', onClick: () => void exportResult('XLSX') }, 'Скачать результат (XLSX)'),
          h('button', { type: 'button', onClick: () => void exportResult('CSV') }, 'Скачать результат (CSV)'),
          h('p', { className: 'export-status', role: 'status' }, exportStatus),
        ),
      ),
      h(
        'div',
        { className: 'workbench-editor' },
        h(
          GraphiQL,
          {
            fetcher,
            plugins: PLUGINS,
            visiblePlugin: SAVED_QUERIES_PLUGIN.title,
            // Queries and answers stay with the tab, as the token does: nothing is left in localStorage.
            storage: sessionStorage,
            isHeadersEditorEnabled: false,
            forcedTheme: 'light',
            defaultEditorToolsVisibility: 'variables',
            initialQuery: queryText,
            initialVariables: variablesText,
            onEditQuery: setQueryText,
            onEditVariables: setVariablesText,
            onEditOperationName: setChosenOperation,
          },
          // In place of GraphiQL's logo, a link to another site in a colour too pale to read.
          h(GraphiQL.Logo, null, h('span', { className: 'workbench-logo' }, 'GraphiQL')),
        ),
      ),
    ),
  );
}
