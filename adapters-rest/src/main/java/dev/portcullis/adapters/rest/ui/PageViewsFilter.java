package dev.portcullis.adapters.rest.ui;

import dev.portcullis.adapters.rest.oauth.authorize.AuthorizationController;
import dev.portcullis.adapters.rest.oauth.logout.EndSessionController;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.annotation.Filter;
import io.micronaut.views.ViewsFilter;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRendererLocator;
import io.micronaut.views.ViewsResolver;
import io.micronaut.views.turbo.TurboFrameRenderer;
import io.micronaut.views.turbo.TurboStreamRenderer;

/**
 * micronaut-views' filter, which turns a {@code ModelAndView} body into its rendered page, on the routes that
 * answer with pages only: the browser endpoints of the flow (with the Auth0-style surface's {@code /authorize} and
 * {@code /v2/logout}, Box's two authorization paths and Authress's extension login at {@code /}, which show the same
 * error page) and the built-in pages.
 * Its own pattern is {@code /**}, and a reactive filter on every request cost the token, introspection, JWKS and discovery
 * endpoints a few microseconds each for a body they never have.
 */
@Replaces(ViewsFilter.class)
@Filter({AuthorizationController.PATH, EndSessionController.PATH, UiController.PATH + "/**", "/authorize", "/v2/logout",
        "/api/oauth2/authorize", "/oauth2/authorize", "/"})
final class PageViewsFilter extends ViewsFilter {

    PageViewsFilter(ViewsResolver viewsResolver, ViewsRendererLocator viewsRendererLocator,
                    ViewsModelDecorator viewsModelDecorator, TurboStreamRenderer turboStreamRenderer,
                    TurboFrameRenderer turboFrameRenderer) {
        super(viewsResolver, viewsRendererLocator, viewsModelDecorator, turboStreamRenderer, turboFrameRenderer);
    }
}
