package io.orderflow.itests;

import org.junit.Test;

/**
 * One installation of the distribution through its life, as a user runs it ({@code bin/orderflow} in a process of its
 * own): the first start and a restart ({@link DistributionRestart}), power cuts while REST orders come in
 * ({@link RelayCrash}), then power cuts while EDI files come in ({@link EdiCrash}). Each part starts from where the
 * one before left the installation running: one copy and six boots, where a copy per part took eight.
 */
public class DistributionIT {

    @Test
    public void oneInstallationThroughARestartAndPowerCutsLosesAndDuplicatesNothing() throws Exception {
        try (OrderflowProcess orderflow = OrderflowProcess.install("forked-distribution")) {
            DistributionRestart.prepare(orderflow);
            EdiCrash.prepare(orderflow);
            String password = DistributionRestart.becomesHealthyWithinAMinuteAndKeepsOrdersAcrossARestart(orderflow);
            RelayCrash.killedWhileIngestingLosesAndDuplicatesNothing(orderflow, password);
            EdiCrash.killedWhileTakingFilesCreatesEachOrderAndAcknowledgementOnce(orderflow, password);
        }
    }
}
