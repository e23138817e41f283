package io.orderflow.routes.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** The kit on a plain Camel context (camel-test-junit5 has no 3.22 release here): direct in, mock out. */
class RouteContextTest {

    private final AtomicBoolean registered = new AtomicBoolean();

    private RouteContext open(KitRoutes... routes) throws Exception {
        return RouteContext.open("test", name -> {
            DefaultCamelContext camel = new DefaultCamelContext();
            camel.setName(name);
            return camel;
        }, camel -> {
            registered.set(true);
            return () -> registered.set(false);
        }, routes);
    }

    /** Doubles a number; fails for a negative one. */
    private static final class Doubling extends KitRoutes {
        private final boolean handles;

        Doubling(boolean handles) {
            super("test");
            this.handles = handles;
        }

        @Override
        protected boolean handlesFailures() {
            return handles;
        }

        @Override
        protected void routes() {
            from("direct:double").routeId(id("double", "p1"))
                    .process(exchange -> {
                        int n = exchange.getIn().getBody(Integer.class);
                        if (n < 0) {
                            throw new IllegalArgumentException("negative: " + n);
                        }
                        exchange.getIn().setBody(2 * n);
                    })
                    .to("mock:doubled");
        }
    }

    @Test
    public void theContextIsNamedStartedWithItsRoutesRegisteredAndClosedLast() throws Exception {
        RouteContext routes = open(new Doubling(true));
        CamelContext camel = routes.camel();
        assertEquals("orderflow-test", camel.getName());
        assertTrue(camel.getStatus().isStarted());
        assertTrue(registered.get());
        assertTrue(camel.getRouteController().getRouteStatus("test.double.p1").isStarted());

        MockEndpoint doubled = camel.getEndpoint("mock:doubled", MockEndpoint.class);
        doubled.expectedBodiesReceived(42);
        routes.producer().sendBody("direct:double", 21);
        doubled.assertIsSatisfied();

        routes.remove("test.double.p1");
        assertNull(camel.getRoute("test.double.p1"));
        routes.remove("test.double.p1"); // nothing to remove: no failure
        routes.close();
        assertFalse(registered.get());
        assertTrue(camel.getStatus().isStopped());
    }

    @Test
    public void aFailureIsLoggedAndEndsThereOrGoesBackToTheConsumerAsTheRoutesSay() throws Exception {
        try (RouteContext handled = open(new Doubling(true))) {
            handled.producer().sendBody("direct:double", -1); // logged at WARN, not thrown back
            assertEquals(0, handled.camel().getEndpoint("mock:doubled", MockEndpoint.class).getReceivedCounter());
        }
        try (RouteContext returned = open(new Doubling(false))) {
            CamelExecutionException thrown = assertThrows(CamelExecutionException.class,
                    () -> returned.producer().sendBody("direct:double", -1));
            assertTrue(thrown.getCause() instanceof IllegalArgumentException);
        }
    }

    @Test
    public void aContextWhoseRoutesFailToStartIsStoppedAndNotRegistered() {
        KitRoutes broken = new KitRoutes("test") {
            @Override
            protected void routes() {
                from("no-such-component:x").routeId(id("broken")).to("mock:never");
            }
        };
        assertThrows(Exception.class, () -> open(broken));
        assertFalse(registered.get());
    }

    @Test
    public void routeIdsAreFlowStepAndPartner() {
        assertEquals("edi.in.demo", KitRoutes.routeId("edi", "in", "demo"));
        assertEquals("relay.pass", KitRoutes.routeId("relay", "pass"));
        assertThrows(IllegalArgumentException.class, () -> KitRoutes.routeId("edi", "in", "a.b"));
        assertThrows(IllegalArgumentException.class, () -> KitRoutes.routeId("edi", "", "demo"));
    }

    @Test
    void aFailureLogsWhatCamelWrapped() {
        IllegalStateException root = new IllegalStateException("finance is away");
        assertEquals("org.apache.camel.CamelExecutionException: failed, caused by " + root,
                KitRoutes.cause(new CamelExecutionException("failed", null, new RuntimeException(root))));
        assertEquals(root.toString(), KitRoutes.cause(root));
        assertEquals("no cause", KitRoutes.cause(null));
    }
}
