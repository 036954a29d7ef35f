/**
 * The workbench's start: the same sign-in as the dashboard (the session in this tab's sessionStorage), or a way to
 * it that comes back here afterwards.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './workbench.css';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { roleName } from '../shared/messages.ts';
import { clearSession, isDashboardRole, isExpired, readSession, rememberReturn, viewerOf } from '../shared/session.ts';
import { loadWebConfig } from '../shared/web-config.ts';
import { Gateway } from './api.ts';
import { Workbench } from './workbench.ts';

const WORKBENCH_PATH = '/workbench/';

function signInFirst(root: HTMLElement, message: string): void {
  rememberReturn(WORKBENCH_PATH);
  root.replaceChildren();
  const main = document.createElement('main');
  main.className = 'sign-in-first';
  const heading = document.createElement('h1');
  heading.textContent = 'Рабочее место аналитика';
  const text = document.createElement('p');
  text.textContent = message;
  const link = document.createElement('a');
  link.href = '/dashboard/#/sign-in';
  link.className = 'button';
  link.textContent = 'Войти';
  main.append(heading, text, link);
  root.append(main);
}

async function start(root: HTMLElement): Promise<void> {
  const session = readSession();
  if (!session || isExpired(session)) {
    if (session) clearSession();
    signInFirst(root, session ? 'Срок входа истёк. Войдите снова.' : 'Войдите, чтобы писать и выполнять запросы.');
    return;
  }
  const viewer = viewerOf(session.token);
  if (!viewer || !isDashboardRole(viewer.role)) {
    clearSession();
    const role = viewer ? roleName(viewer.role) : null;
    signInFirst(
      root,
      role
        ? `Рабочее место аналитика недоступно для роли «${role}».`
        : 'Рабочее место аналитика недоступно для роли, с которой выполнен вход.',
    );
    return;
  }
  const config = await loadWebConfig();
  const react = createRoot(root);
  const signOut = (message: string) => {
    clearSession();
    react.unmount();
    signInFirst(root, message);
  };
  const gateway = new Gateway(config.graphqlPath, session.token, (message) => {
    signOut(`Сеанс завершён: ${message} Войдите снова.`);
  });
  react.render(
    h(Workbench, {
      gateway,
      roleLabel: roleName(viewer.role) ?? viewer.role,
      territoryLabel: session.territoryLabel ?? (viewer.regionCode ? `субъект РФ ${viewer.regionCode}` : 'вся Россия'),
      regionCode: viewer.regionCode,
      demoData: config.demoData,
      onSignOut: () => {
        signOut('Вы вышли.');
      },
    }),
  );
}

const root = document.getElementById('workbench');
if (root)
  start(root).catch((error: unknown) => {
    root.textContent = `Рабочее место не загрузилось: ${error instanceof Error ? error.message : String(error)}`;
  });
