package org.govgraph.server.pages;

import java.net.URL;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * Serves the bundled CSS and JavaScript ({@code web/static/} on the class path, so inside
 * the jar) at {@code /static/*}, with Jetty's resource servlet: ETags, Last-Modified,
 * ranges and content types come from Jetty. Nothing is fetched from the network.
 */
public final class StaticAssetServlet extends ResourceServlet {
    private static final long serialVersionUID = 1L;
    /** The class-path folder of the assets. */
    public static final String FOLDER = "web/static/";

    @Override
    public String getInitParameter(String name) {
        return switch (name) {
            case "baseResource" -> base();
            case "pathInfoOnly" -> "true";
            case "dirAllowed" -> "false";
            case "etags" -> "true";
            case "cacheControl" -> "public, max-age=3600";
            default -> super.getInitParameter(name);
        };
    }

    private static String base() {
        URL url = StaticAssetServlet.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("The bundled web assets are missing: " + FOLDER);
        }
        return url.toExternalForm();
    }
}
