package io.orderflow.warehouse.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.error.ConflictException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Random sequences of postings: the balance always equals the sums of the accepted postings and breaks no rule. */
class StockBalancePropertyTest {

    private record Posting(Bucket bucket, BigDecimal delta) {
    }

    @Test
    void balancesEqualTheLedgerAndNeverGoNegativeOverRandomMoves() {
        LongStream.range(0, 200).forEach(StockBalancePropertyTest::runSequence);
    }

    private static void runSequence(long seed) {
        Random random = new Random(seed);
        StockBalance balance = StockBalance.EMPTY;
        List<Posting> ledger = new ArrayList<>();
        int refused = 0;
        for (int step = 0; step < 300; step++) {
            Bucket bucket = Bucket.values()[random.nextInt(Bucket.values().length)];
            BigDecimal delta = BigDecimal.valueOf(random.nextInt(41) - 20);
            try {
                balance = balance.plus(bucket, delta, "move");
                ledger.add(new Posting(bucket, delta));
            } catch (ConflictException e) {
                refused++;
            }
            Map<Bucket, BigDecimal> sums = new EnumMap<>(Bucket.class);
            for (Bucket b : Bucket.values()) {
                sums.put(b, ledger.stream().filter(p -> p.bucket() == b).map(Posting::delta)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
                assertEquals(0, sums.get(b).compareTo(balance.get(b)), "seed " + seed + ": " + b + " equals its ledger");
                assertTrue(balance.get(b).signum() >= 0, "seed " + seed + ": " + b + " never below zero");
            }
            assertTrue(balance.available().signum() >= 0, "seed " + seed + ": never more reserved than on hand");
        }
        assertTrue(refused > 0 && ledger.size() > 100, "seed " + seed + ": the sequence tried both kinds of moves");
    }

    @Test
    void aRefusedMoveSaysWhatThereIs() {
        StockBalance stock = StockBalance.EMPTY.plus(Bucket.ON_HAND, BigDecimal.TEN, "receipt")
                .plus(Bucket.RESERVED, new BigDecimal("8"), "reserve");
        ConflictException overReserved = assertThrows(ConflictException.class,
                () -> stock.plus(Bucket.RESERVED, new BigDecimal("3"), "reserve SO-1"));
        assertEquals("reserve SO-1: 10 on hand of which 8 reserved; only 2 available", overReserved.getMessage());
        ConflictException belowReserved = assertThrows(ConflictException.class,
                () -> stock.plus(Bucket.ON_HAND, new BigDecimal("-5"), "issue"));
        assertEquals("issue: 10 on hand of which 8 reserved; only 2 available", belowReserved.getMessage());
        ConflictException negative = assertThrows(ConflictException.class,
                () -> stock.plus(Bucket.QUARANTINE, BigDecimal.ONE.negate(), "inspection"));
        assertEquals("inspection: 0 quarantine, cannot take 1", negative.getMessage());
    }
}
