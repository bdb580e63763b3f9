import { matchRoutes, Route } from './router';

// The shape of the app's routes (src/app.tsx): a layout, an index, static, dynamic and nested routes, a splat.
const tree = (
  <Route element="layout">
    <Route index element="dashboard" />
    <Route path="signin" element="sign-in" />
    <Route path="courses/:slug" element="course" />
    <Route path="lessons/:id" element="lesson" />
    <Route path="courses/:slug/certificate" element="certificate" />
    <Route path="courses/:slug/webinars/:id" element="webinar" />
    <Route path="teach/webinars/:id" element="teach-webinar" />
    <Route path="admin" element="admin-layout">
      <Route index element="admin-dashboard" />
      <Route path="users" element="admin-users" />
    </Route>
    <Route path="*" element="not-found" />
  </Route>
);

// What <Routes> renders for a pathname: the elements of the route matchRoutes picks, outermost first.
function resolve(pathname: string, routes = tree) {
  const match = matchRoutes(routes, pathname);
  return match && { elements: match.routes.map((route) => route.element), params: match.params };
}

describe('the router', () => {
  it('picks the best-ranked route, inside its layouts', () => {
    expect(resolve('/')).toEqual({ elements: ['layout', 'dashboard'], params: {} });
    expect(resolve('/signin')?.elements).toEqual(['layout', 'sign-in']);
    expect(resolve('/admin')?.elements).toEqual(['layout', 'admin-layout', 'admin-dashboard']);
    expect(resolve('/admin/users/')?.elements).toEqual(['layout', 'admin-layout', 'admin-users']);
    expect(resolve('/courses/migrant-women/certificate')).toEqual({ elements: ['layout', 'certificate'], params: { slug: 'migrant-women' } });
  });

  it('decodes params and takes the rest of the path for a splat', () => {
    expect(resolve('/lessons/w1%20intro')?.params).toEqual({ id: 'w1 intro' });
    expect(resolve('/courses/c/webinars/42')?.params).toEqual({ slug: 'c', id: '42' });
    expect(resolve('/no/such/page')).toEqual({ elements: ['layout', 'not-found'], params: { '*': 'no/such/page' } });
    expect(resolve('/lessons')?.elements).toEqual(['layout', 'not-found']);
  });

  it('matches static segments whatever their case, as React Router does', () => {
    expect(resolve('/SignIn')?.elements).toEqual(['layout', 'sign-in']);
  });

  it('ranks routes instead of taking the first declared that matches', () => {
    const splatFirst = (
      <Route element="layout">
        <Route path="*" element="not-found" />
        <Route path="courses/:slug" element="course" />
        <Route path="courses/new" element="new-course" />
        <Route index element="dashboard" />
      </Route>
    );
    expect(resolve('/courses/new', splatFirst)?.elements).toEqual(['layout', 'new-course']);
    expect(resolve('/courses/c', splatFirst)).toEqual({ elements: ['layout', 'course'], params: { slug: 'c' } });
    expect(resolve('/', splatFirst)?.elements).toEqual(['layout', 'dashboard']);
    expect(resolve('/courses', splatFirst)?.elements).toEqual(['layout', 'not-found']);
  });

  it('matches nothing when no route does', () => {
    expect(resolve('/anything', <Route path="signin" element="sign-in" />)).toBeNull();
  });
});
