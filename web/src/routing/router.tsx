import {
  Children,
  createContext,
  isValidElement,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

/*
 * The app's router: the part of React Router's API that the app uses (BrowserRouter, Routes,
 * Route, Outlet, Link, NavLink, Navigate and the location hooks), with the same behaviour.
 * React Router weighed 13 kB of the 150 kB budget for a trainee's first page (issue 8); this
 * weighs about 1.5 kB. It keeps React Router's history entries ({ usr, key }) and its route
 * ranking, so reloads, the back button and `*` routes behave as before.
 */

export interface Location {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

export type NavigateFunction = {
  (to: string, options?: NavigateOptions): void;
  (delta: number): void;
};

type Params = Record<string, string | undefined>;

const LocationContext = createContext<Location | null>(null);
const RouteContext = createContext<{ params: Params; outlet: ReactNode }>({ params: {}, outlet: null });

const listeners = new Set<() => void>();

function readLocation(): Location {
  const { pathname, search, hash } = window.location;
  const entry = window.history.state as { usr?: unknown; key?: string } | null;
  return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
}

function go(to: string | number, options: NavigateOptions = {}) {
  if (typeof to === 'number') {
    window.history.go(to);
    return;
  }
  const url = new URL(to, window.location.origin + window.location.pathname);
  const entry = { usr: options.state ?? null, key: Math.random().toString(36).slice(2, 10) };
  const path = url.pathname + url.search + url.hash;
  if (options.replace) window.history.replaceState(entry, '', path);
  else window.history.pushState(entry, '', path);
  listeners.forEach((listener) => listener());
}

/** Keeps the location in step with the address bar; navigations render as transitions, as React Router's do. */
export function BrowserRouter({ children }: { children?: ReactNode }) {
  const [location, setLocation] = useState(readLocation);
  useLayoutEffect(() => {
    const update = () => startTransition(() => setLocation(readLocation()));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return <LocationContext.Provider value={location}>{children}</LocationContext.Provider>;
}

export function useLocation(): Location {
  const location = useContext(LocationContext);
  if (!location) throw new Error('useLocation() may be used only inside a <BrowserRouter>');
  return location;
}

export function useNavigate(): NavigateFunction {
  return useCallback(((to: string | number, options?: NavigateOptions) => go(to, options)) as NavigateFunction, []);
}

export function useParams(): Params {
  return useContext(RouteContext).params;
}

export function Outlet() {
  return <>{useContext(RouteContext).outlet}</>;
}

type SearchParamsInit = URLSearchParams | string | Record<string, string>;

export function useSearchParams(): [URLSearchParams, (next: SearchParamsInit | ((current: URLSearchParams) => SearchParamsInit), options?: NavigateOptions) => void] {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: SearchParamsInit | ((current: URLSearchParams) => SearchParamsInit), options?: NavigateOptions) => {
      const value = typeof next === 'function' ? next(new URLSearchParams(window.location.search)) : next;
      go(`?${new URLSearchParams(value)}`, options);
    },
    [],
  );
  return [params, setParams];
}

export interface RouteProps {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: ReactNode;
}

/** Declares a route for <Routes>; renders nothing by itself. */
export function Route(_props: RouteProps): ReactElement | null {
  return null;
}

interface Branch {
  /** From the outermost route to the matched one. */
  routes: RouteProps[];
  segments: string[];
  score: number;
}

/** Every path a route tree can match, the outer layouts with it, as React Router flattens them. */
function branchesOf(children: ReactNode, parents: RouteProps[] = [], parentSegments: string[] = []): Branch[] {
  const branches: Branch[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement<RouteProps>(child)) return;
    const route = child.props;
    const segments = [...parentSegments, ...(route.path ?? '').split('/').filter(Boolean)];
    const routes = [...parents, route];
    if (route.children) branches.push(...branchesOf(route.children, routes, segments));
    // A layout without a path matches only through its children, like React Router's.
    if (route.path !== undefined || route.index) branches.push({ routes, segments, score: score(segments, Boolean(route.index)) });
  });
  return branches;
}

/** React Router's ranking: static segments beat dynamic ones, which beat a splat. (No segment is empty: paths are split on `/` with the empties dropped.) */
function score(segments: string[], index: boolean): number {
  return segments.reduce((total, segment) => total + (segment === '*' ? -2 : segment.startsWith(':') ? 3 : 10), segments.length + (index ? 2 : 0));
}

/** The params of a pathname if it matches the segments; a trailing `*` takes the rest. */
function matchSegments(segments: string[], pathname: string): Params | null {
  const parts = pathname.split('/').filter(Boolean);
  const params: Params = {};
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    if (segment === '*') {
      params['*'] = parts.slice(index).map(decode).join('/');
      return params;
    }
    const part = parts[index];
    if (part === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = decode(part);
    else if (segment.toLowerCase() !== part.toLowerCase()) return null;
  }
  return parts.length === segments.length ? params : null;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The best-ranked route of a route tree that matches the pathname, its layouts first, and its params; null if none matches. */
export function matchRoutes(children: ReactNode, pathname: string): { routes: RouteProps[]; params: Params } | null {
  const ranked = branchesOf(children).sort((a, b) => b.score - a.score);
  for (const branch of ranked) {
    const params = matchSegments(branch.segments, pathname);
    if (params) return { routes: branch.routes, params };
  }
  return null;
}

/**
 * Renders the best-ranked route that matches the location, inside its layouts. (The tree is
 * ranked on every render: its parent renders it anew on each navigation, so nothing could be
 * reused, and ranking the app's two dozen routes costs less than a millisecond.)
 */
export function Routes({ children }: { children?: ReactNode }) {
  const { pathname } = useLocation();
  const match = matchRoutes(children, pathname);
  if (!match) return null;
  const { routes, params } = match;
  return routes.reduceRight<ReactNode>(
    (outlet, route) => <RouteContext.Provider value={{ params, outlet }}>{route.element === undefined ? <Outlet /> : route.element}</RouteContext.Provider>,
    null,
  );
}

export function Navigate({ to, replace, state }: { to: string } & NavigateOptions) {
  useEffect(() => go(to, { replace, state }), [to, replace, state]);
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: `/${string}` } & NavigateOptions;

/** An ordinary link that the app follows itself, unless the reader asks for a new tab or window. `to` is a path from the root: the app has no relative links. */
export function Link({ to, replace, state, onClick, target, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || (target && target !== '_self') || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    go(to, { replace, state });
  };
  return <a {...rest} href={to} target={target} onClick={follow} />;
}

type NavLinkProps = Omit<LinkProps, 'className'> & { end?: boolean; className?: string | ((state: { isActive: boolean }) => string | undefined) };

/** A link that knows when it leads to the current page: `active` class and aria-current="page", as React Router's. */
export function NavLink({ end = false, className, ...rest }: NavLinkProps) {
  const { pathname } = useLocation();
  const target = rest.to.length > 1 ? rest.to.replace(/\/+$/, '') : rest.to;
  const isActive = pathname.toLowerCase() === target.toLowerCase() ||
    (!end && pathname.toLowerCase().startsWith(target.toLowerCase()) && pathname.charAt(target.length) === '/');
  const classes = typeof className === 'function' ? className({ isActive }) : [className, isActive ? 'active' : undefined].filter(Boolean).join(' ');
  return <Link {...rest} className={classes || undefined} aria-current={isActive ? 'page' : undefined} />;
}
