package io.orderflow.warehouse.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.warehouse.internal.domain.TransferNeed.Proposal;
import io.orderflow.warehouse.internal.domain.TransferNeed.Site;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransferNeedTest {

    private static Site site(String warehouse, String region, int priority, int available, int safety) {
        return new Site(warehouse, region, priority, BigDecimal.valueOf(available), BigDecimal.valueOf(safety), false,
                BigDecimal.ZERO);
    }

    @Test
    void belowSafetyStockTheWarehouseWithTheLargestSurplusSendsTheDifference() {
        List<Proposal> proposals = TransferNeed.proposals(List.of(
                site("WH-SOUTH", "SOUTH", 1, 500, 200),
                site("WH-NORTH", "NORTH", 2, 40, 100),
                site("WH-EAST", "EAST", 3, 700, 100)), Map.of());
        assertEquals(List.of(new Proposal("WH-EAST", "WH-NORTH", BigDecimal.valueOf(60),
                "available 40 below safety stock 100")), proposals);
    }

    @Test
    void whatARegionsOrdersMissIsNeededAtItsFirstWarehouse() {
        List<Proposal> proposals = TransferNeed.proposals(List.of(
                site("WH-SOUTH", "SOUTH", 1, 500, 0),
                site("WH-NORTH-2", "NORTH", 5, 0, 0),
                site("WH-NORTH", "NORTH", 2, 10, 0)), Map.of("NORTH", BigDecimal.valueOf(130)));
        assertEquals(List.of(new Proposal("WH-SOUTH", "WH-NORTH", BigDecimal.valueOf(120),
                "available 10 below what open orders of region NORTH miss (130)")), proposals);
    }

    @Test
    void aSourceKeepsItsOwnTargetAndWhatOpenRequestsAlreadyTakeFromIt() {
        Site south = new Site("WH-SOUTH", "SOUTH", 1, BigDecimal.valueOf(300), BigDecimal.valueOf(200), false,
                BigDecimal.valueOf(70));
        List<Proposal> proposals = TransferNeed.proposals(List.of(south, site("WH-NORTH", "NORTH", 2, 0, 100),
                site("WH-EAST", "EAST", 3, 0, 100)), Map.of());
        // 300 − 200 safety − 70 already promised = 30, all to the first warehouse in need.
        assertEquals(List.of(new Proposal("WH-SOUTH", "WH-NORTH", BigDecimal.valueOf(30),
                "available 0 below safety stock 100")), proposals);
    }

    @Test
    void noProposalWithoutSurplusOrWhileOneIsUnderWay() {
        assertEquals(List.of(), TransferNeed.proposals(List.of(site("WH-SOUTH", "SOUTH", 1, 100, 100),
                site("WH-NORTH", "NORTH", 2, 0, 50)), Map.of()));
        Site underWay = new Site("WH-NORTH", "NORTH", 2, BigDecimal.ZERO, BigDecimal.valueOf(50), true,
                BigDecimal.ZERO);
        assertEquals(List.of(), TransferNeed.proposals(List.of(site("WH-SOUTH", "SOUTH", 1, 900, 100), underWay),
                Map.of()));
    }

    @Test
    void bothCausesAddUpAndTiesGoToTheHigherPriority() {
        List<Proposal> proposals = TransferNeed.proposals(List.of(
                site("WH-EAST", "EAST", 3, 400, 0),
                site("WH-SOUTH", "SOUTH", 1, 400, 0),
                site("WH-NORTH", "NORTH", 2, 20, 50)), Map.of("NORTH", BigDecimal.valueOf(30)));
        assertEquals(List.of(new Proposal("WH-SOUTH", "WH-NORTH", BigDecimal.valueOf(60),
                "available 20 below safety stock 50 plus what open orders of region NORTH miss (30)")), proposals);
    }
}
