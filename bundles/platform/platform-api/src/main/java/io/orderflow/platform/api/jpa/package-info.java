/**
 * What a department that keeps its data through JPA (Aries JPA, EclipseLink) shares with the others: its schema
 * brought up to date and its transactions run with retries, once, here.
 */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.jpa;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
