package org.onewindow.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.onewindow.shared.ApiException;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffAuth;
import org.onewindow.staff.StaffPrincipal;

/**
 * The role guard of the staff and admin routes: {@link #require(Role)} is a handler that reads
 * {@code Authorization: Bearer <token>} (or, for a WebSocket handshake only, {@code ?token=}), fails the request with 401 (no, unknown or expired
 * token) or 403 (role too low), and otherwise puts the {@link StaffPrincipal} into the context
 * ({@link #principal(RoutingContext)}) and goes on. A request already authenticated by an
 * earlier guard is only checked for the role.
 */
public final class StaffGuard {

    /** The {@link RoutingContext} key of the authenticated {@link StaffPrincipal}. */
    public static final String PRINCIPAL_KEY = "onewindow.staff.principal";

    private final StaffAuth auth;

    public StaffGuard(StaffAuth auth) {
        this.auth = auth;
    }

    /** A handler letting through only staff with {@code role} or higher. */
    public Handler<RoutingContext> require(Role role) {
        return ctx -> {
            StaffPrincipal known = ctx.get(PRINCIPAL_KEY);
            if (known != null) {
                check(ctx, known, role);
                return;
            }
            String token = bearerToken(ctx);
            if (token == null) {
                ctx.fail(StaffAuth.loginRequired());
                return;
            }
            // Hold the body while the session is looked up, for a BodyHandler further on.
            ctx.request().pause();
            auth.authenticate(token)
                    .onSuccess(principal -> {
                        ctx.put(PRINCIPAL_KEY, principal);
                        check(ctx, principal, role);
                        if (!ctx.request().canUpgradeToWebSocket()) {
                            // A handshake stays paused for its handler, which upgrades it or resumes it on refusal.
                            ctx.request().resume();
                        }
                    })
                    .onFailure(failure -> {
                        ctx.request().resume();
                        ctx.fail(failure);
                    });
        };
    }

    /** The staff member a guard authenticated for this request; fails with 401 when none did. */
    public static StaffPrincipal principal(RoutingContext ctx) {
        StaffPrincipal principal = ctx.get(PRINCIPAL_KEY);
        if (principal == null) {
            throw StaffAuth.loginRequired();
        }
        return principal;
    }

    private static void check(RoutingContext ctx, StaffPrincipal principal, Role role) {
        if (principal.hasRole(role)) {
            ctx.next();
        } else {
            ctx.fail(new ApiException(
                    403,
                    "role_required",
                    "This needs the role " + role.wireName() + " or higher; you are "
                            + principal.role().wireName() + "."));
        }
    }

    /**
     * The token of {@code Authorization: Bearer}; for a WebSocket handshake, which browsers cannot
     * give that header, also the {@code token} query parameter (as the conversation events socket).
     */
    private static String bearerToken(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null && "websocket".equalsIgnoreCase(ctx.request().getHeader("Upgrade"))) {
            String param = ctx.request().getParam("token");
            return param == null || param.isBlank() ? null : param.trim();
        }
        if (header == null || header.length() <= 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
