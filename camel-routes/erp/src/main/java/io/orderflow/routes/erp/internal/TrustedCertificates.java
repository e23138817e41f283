package io.orderflow.routes.erp.internal;

import io.orderflow.platform.api.config.AllowedPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificates the ERP link trusts instead of the JVM's trust store: those of a private CA in one PEM file, so an
 * ERP inside the company is reached over TLS without touching the trust store every other connection uses.
 */
final class TrustedCertificates {

    /** A PEM file of a few certificates is small; anything much larger is not what was meant. */
    private static final long MAX_BYTES = 256 * 1024;

    private TrustedCertificates() {
    }

    /**
     * The trust managers for the PEM file {@code file} (a path the configuration may name), or null for the JVM's
     * own trust store when it is blank.
     *
     * @throws IllegalArgumentException saying what is wrong with the file
     */
    static TrustManager[] named(String file, AllowedPaths paths) {
        return file == null || file.isBlank() ? null : from(paths.readableFile(file.strip()));
    }

    /** @throws IllegalArgumentException saying what is wrong with the file */
    static TrustManager[] from(Path pem) {
        try {
            if (!Files.isRegularFile(pem) || Files.size(pem) > MAX_BYTES) {
                throw new IllegalArgumentException(pem + " is not a certificate file of at most 256 KiB");
            }
            Collection<? extends Certificate> certificates;
            try (InputStream in = Files.newInputStream(pem)) {
                certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(pem + " holds no certificate");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("trusted-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            return trust.getTrustManagers();
        } catch (CertificateException notPem) {
            throw new IllegalArgumentException(pem + " does not hold PEM certificates: " + notPem.getMessage());
        } catch (IOException | GeneralSecurityException unreadable) {
            throw new IllegalArgumentException(pem + " cannot be read: " + unreadable.getMessage());
        }
    }
}
