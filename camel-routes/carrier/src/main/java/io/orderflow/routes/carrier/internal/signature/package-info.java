/**
 * Verification of carriers' webhook signatures over the raw body, one scheme per carrier profile; pure Java (JDK
 * {@code javax.crypto}), no Camel, no OSGi.
 */
package io.orderflow.routes.carrier.internal.signature;
