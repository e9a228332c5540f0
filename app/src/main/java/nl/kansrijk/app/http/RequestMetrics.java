package nl.kansrijk.app.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every HTTP request per route: a before/after handler pair with a Micrometer sample,
 * tagged with the matched route's path template (so /api/pupils/{id} is one series).
 */
public final class RequestMetrics {

    private static final String SAMPLE = "kansrijk.request.sample";

    private RequestMetrics() {
    }

    public static void register(RoutesConfig routes, MeterRegistry registry) {
        routes.before(ctx -> ctx.attribute(SAMPLE, Timer.start(registry)));
        routes.after(ctx -> {
            Timer.Sample sample = ctx.attribute(SAMPLE);
            if (sample != null) {
                sample.stop(Timer.builder("http.server.requests")
                        .description("HTTP requests per route")
                        .tag("method", ctx.method().name())
                        .tag("route", routeOf(ctx))
                        .tag("status", Integer.toString(ctx.statusCode()))
                        .publishPercentileHistogram()
                        .register(registry));
            }
        });
    }

    private static String routeOf(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        if (endpoint != null && endpoint.method.isHttpMethod()) {
            return endpoint.path;
        }
        // Static files and unmatched paths share one series each, so metrics cannot explode.
        return ctx.statusCode() == 404 ? "NOT_FOUND" : "STATIC";
    }
}
