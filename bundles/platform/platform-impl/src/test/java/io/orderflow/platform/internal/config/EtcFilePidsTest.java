package io.orderflow.platform.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which PID an etc/ file means, against the PID Felix fileinstall gave it (first '-' = factory separator). */
class EtcFilePidsTest {

    private static String file(String name) {
        return "file:/opt/orderflow/etc/" + name;
    }

    @Test
    void aDashInsideThePidIsMovedToThePidTheFileNames() {
        assertEquals("orderflow.sales-order.intake",
                EtcFilePids.intendedPid("orderflow.sales~order.intake", file("orderflow.sales-order.intake.cfg")));
        assertEquals("orderflow.sales-order.follow-up", EtcFilePids.intendedPid("orderflow.sales~order.follow-up",
                file("orderflow.sales-order.follow-up.cfg")));
        assertEquals("orderflow.sales-order.approval-rule~exceptional", EtcFilePids.intendedPid(
                "orderflow.sales~order.approval-rule~exceptional",
                file("orderflow.sales-order.approval-rule~exceptional.cfg")));
    }

    @Test
    void aShellAclIsNeverAFactoryConfiguration() {
        assertEquals("org.apache.karaf.command.acl.sales-order", EtcFilePids.intendedPid(
                "org.apache.karaf.command.acl.sales~order", file("org.apache.karaf.command.acl.sales-order.cfg")));
    }

    @Test
    void aDashThatEndsThePidNamesAFactoryConfigurationAsFileinstallReadIt() {
        assertNull(EtcFilePids.intendedPid("orderflow.routes.edi.partner~acme",
                file("orderflow.routes.edi.partner-acme.cfg")));
        assertNull(EtcFilePids.intendedPid("orderflow.routes.edi.partner~eu-west",
                file("orderflow.routes.edi.partner-eu-west.cfg")));
    }

    @Test
    void othersFilesAndPlainPidsAreLeftAlone() {
        assertNull(EtcFilePids.intendedPid("org.ops4j.datasource~orderflow", file("org.ops4j.datasource-orderflow.cfg")));
        assertNull(EtcFilePids.intendedPid("orderflow.platform.events", file("orderflow.platform.events.cfg")));
        assertNull(EtcFilePids.intendedPid("orderflow.platform.events", "mvn:io.orderflow/x/1/cfg"));
        assertNull(EtcFilePids.intendedPid("orderflow.platform.events", null));
    }
}
