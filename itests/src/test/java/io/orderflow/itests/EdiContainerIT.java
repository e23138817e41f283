package io.orderflow.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.ops4j.pax.exam.Option;

/**
 * One Karaf for the warehouse and the EDI gateway: the demo X12 partner, an EDIFACT partner ({@code eu}) and a
 * partner on SFTP ({@code remote}, whose server {@link EdiSftpTests} starts on {@link #SFTP_PORT}), a lenient
 * retailer and a strict partner ({@link EdiPartnerMappingTests}), a partner advised of its dispatches ({@code ship},
 * {@link EdiDispatchAdviceTests}), polled quickly;
 * change requests are answered by a planner by hand. The warehouse goes first, as it counts on the demo stock.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({WarehouseTests.class, EdiTests.class, EdiSftpTests.class, EdiPartnerMappingTests.class,
        EdiDispatchAdviceTests.class})
public class EdiContainerIT {

    /** Chosen where the options are made; the tests, inside the container, read it as this system property. */
    static final String SFTP_PORT = "orderflow.it.sftpPort";
    private static final int SFTP = FreePorts.next();

    /** What every member class returns from its {@code @Configuration} method. */
    public static Option[] options() {
        return OrderflowKaraf.options(OrderflowKaraf.changeRequestsAnsweredByHand(),
                gateway("pollDelayMillis", "300"), gateway("readLockCheckMillis", "200"),
                gateway("maxFileBytes", "20000"),
                partner("eu", "partner", "eu"), partner("eu", "standard", "EDIFACT"), partner("eu", "version", "D96A"),
                partner("eu", "qualifier", "14"), partner("eu", "interchangeId", "5412345000013"),
                partner("eu", "ourQualifier", "14"), partner("eu", "ourId", "ORDERFLOW"),
                partner("eu", "customer", "CUST-C"), partner("eu", "acknowledgement", "CONTRL"),
                partner("eu", "duplicates", "QUARANTINE"),
                partner("remote", "partner", "remote"), partner("remote", "interchangeId", "REMOTEPARTNER"),
                partner("remote", "customer", "CUST-H"), partner("remote", "sftpUri", "sftp://edi@127.0.0.1:" + SFTP),
                partner("remote", "sftpPassword", "edi-secret"), partner("remote", "sftpInbox", "outbox"),
                partner("remote", "sftpOutbox", "inbox"),
                partner("retail", "partner", "retail"), partner("retail", "interchangeId", "RETAILCO"),
                partner("retail", "customer", "CUST-B"),
                partner("strict", "partner", "strict"), partner("strict", "interchangeId", "STRICTCO"),
                partner("strict", "customer", "CUST-D"), partner("strict", "strictness", "STRICT"),
                partner("strict", "ta1", "true"),
                partner("ship", "partner", "ship"), partner("ship", "interchangeId", "SHIPCO"),
                partner("ship", "customer", "CUST-G"), partner("ship", "dispatchAdvice", "true"),
                partner("ship", "invoices", "true"),
                // packages get SSCC-18 codes for the dispatch advice
                editConfigurationFilePut("etc/orderflow.logistics.shipping.cfg", "gs1CompanyPrefix", "0614141"),
                editConfigurationFilePut("etc/system.properties", SFTP_PORT, String.valueOf(SFTP)));
    }

    private static Option gateway(String key, String value) {
        return editConfigurationFilePut("etc/orderflow.routes.edi.gateway.cfg", key, value);
    }

    private static Option partner(String name, String key, String value) {
        return editConfigurationFilePut("etc/orderflow.routes.edi.partner-" + name + ".cfg", key, value);
    }
}
