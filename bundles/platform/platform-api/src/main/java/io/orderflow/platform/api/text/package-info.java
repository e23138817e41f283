/**
 * Text from outside, checked and shown safely: which characters a field may hold, and how a console shows text that
 * holds others.
 */
@Export
@Version("1.1.0")
package io.orderflow.platform.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
