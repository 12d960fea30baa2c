package org.onewindow.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which methods the router serves on a path, read from its routes once they are all mounted, so that a wrong method
 * on a known path is a 405 naming them in {@code Allow} rather than a 404.
 */
final class AllowedMethods {

    private record PathMethods(Pattern path, Set<HttpMethod> methods) {}

    private static final Pattern PARAMETER = Pattern.compile(":[A-Za-z0-9_]+");

    private final List<PathMethods> routes;

    private AllowedMethods(List<PathMethods> routes) {
        this.routes = routes;
    }

    /** The exact, method-bound paths of {@code router} under {@code prefix}. */
    static AllowedMethods of(Router router, String prefix) {
        List<PathMethods> routes = new ArrayList<>();
        for (Route route : router.getRoutes()) {
            String path = route.getPath();
            if (path != null
                    && path.startsWith(prefix)
                    && route.isExactPath()
                    && route.methods() != null
                    && !route.methods().isEmpty()) {
                routes.add(new PathMethods(pattern(path), Set.copyOf(route.methods())));
            }
        }
        return new AllowedMethods(List.copyOf(routes));
    }

    /** The methods served on {@code path}, sorted by name; empty when no route has this path. */
    Set<String> on(String path) {
        Set<String> allowed = new TreeSet<>();
        for (PathMethods route : routes) {
            if (route.path().matcher(path).matches()) {
                route.methods().forEach(method -> allowed.add(method.name()));
            }
        }
        return allowed;
    }

    private static Pattern pattern(String path) {
        StringBuilder regex = new StringBuilder();
        var matcher = PARAMETER.matcher(path);
        int at = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(path.substring(at, matcher.start()))).append("[^/]+");
            at = matcher.end();
        }
        regex.append(Pattern.quote(path.substring(at)));
        return Pattern.compile(regex + "/?");
    }
}
