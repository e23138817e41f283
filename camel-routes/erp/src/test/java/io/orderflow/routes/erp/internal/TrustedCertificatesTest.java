package io.orderflow.routes.erp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import javax.xml.ws.WebServiceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The private CA's PEM file: trusted alone when it holds certificates, a clear error when it does not. */
class TrustedCertificatesTest {

    @TempDir
    Path dir;

    @Test
    void aCaCertificateIsTheOnlyOneTrusted() throws Exception {
        // made once with: keytool -genkeypair -alias ca -keyalg EC -dname "CN=Test ERP CA" -ext bc:c -validity 36500
        Path pem = Path.of(TrustedCertificatesTest.class.getResource("/test-erp-ca.pem").toURI());

        TrustManager[] managers = TrustedCertificates.from(pem);

        X509Certificate[] issuers = ((X509TrustManager) managers[0]).getAcceptedIssuers();
        assertEquals(1, issuers.length);
        assertEquals("CN=Test ERP CA", issuers[0].getSubjectX500Principal().getName());
    }

    @Test
    void aFileWithoutCertificatesIsRefusedSayingSo() throws IOException {
        Path notPem = Files.writeString(dir.resolve("erp-ca.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n");
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");

        String bad = assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.from(notPem)).getMessage();
        String none = assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.from(empty)).getMessage();
        String missing = assertThrows(IllegalArgumentException.class,
                () -> TrustedCertificates.from(dir.resolve("absent.pem"))).getMessage();

        assertTrue(bad.contains("does not hold PEM certificates"), bad);
        assertTrue(none.contains("holds no certificate") || none.contains("does not hold PEM"), none);
        assertTrue(missing.contains("is not a certificate file"), missing);
    }

    @Test
    void aCertificateNotTrustedMeansNothingReachedTheErp() {
        assertTrue(JournalClient.notSent(new WebServiceException("Could not send Message.",
                new SSLHandshakeException("PKIX path building failed"))));
    }

    @Test
    void noFileNamedMeansTheJvmsTrustStore() {
        assertNull(TrustedCertificates.named(" ", null));
    }
}
