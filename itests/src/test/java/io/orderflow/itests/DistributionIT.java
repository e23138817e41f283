package io.orderflow.itests;

import org.junit.Test;

/**
 * One installation of the distribution through its life, as a user runs it ({@code bin/orderflow} in a process of its
 * own): the first start and a restart ({@link DistributionRestart}), then power cuts while REST orders and EDI files
 * come in at once ({@link PowerCuts}), starting from where the restart left the installation running, then a power cut
 * while a carrier's webhooks come in ({@link CarrierPowerCuts}), and, on from there, one while the ERP link posts
 * ({@link ErpPowerCuts}): one copy and seven boots.
 */
public class DistributionIT {

    @Test
    public void oneInstallationThroughARestartAndPowerCutsLosesAndDuplicatesNothing() throws Exception {
        try (OrderflowProcess orderflow = OrderflowProcess.install("forked-distribution")) {
            DistributionRestart.prepare(orderflow);
            PowerCuts.prepare(orderflow);
            CarrierPowerCuts.prepare(orderflow);
            ErpPowerCuts erp = ErpPowerCuts.prepare(orderflow);
            String password = DistributionRestart.becomesHealthyWithinAMinuteAndKeepsOrdersAcrossARestart(orderflow);
            PowerCuts.killedWhileTakingOrdersAndFilesLosesAndDuplicatesNothing(orderflow, password);
            CarrierPowerCuts.killedWhileWebhooksArriveAppliesEachOnce(orderflow);
            erp.killedWhilePostingSendsEachPostingOnce(orderflow);
        }
    }
}
