package io.orderflow.finance.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgeingBucketsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private final AgeingBuckets buckets = AgeingBuckets.of("30,60,90,120");

    @Test
    void theDefaultBoundsGiveTheSixBucketsOfTheRules() {
        assertEquals(List.of("not yet due", "1–30", "31–60", "61–90", "91–120", "over 120"),
                buckets.buckets().stream().map(AgeingBuckets.Bucket::label).toList());
    }

    @Test
    void aDocumentFallsInTheBucketOfItsDaysOverdueAtTheAsOfDate() {
        assertEquals("not yet due", label(AS_OF.plusDays(5)));
        assertEquals("not yet due", label(AS_OF), "due today is not overdue");
        assertEquals("1–30", label(AS_OF.minusDays(1)));
        assertEquals("1–30", label(AS_OF.minusDays(30)));
        assertEquals("31–60", label(AS_OF.minusDays(31)));
        assertEquals("91–120", label(AS_OF.minusDays(120)));
        assertEquals("over 120", label(AS_OF.minusDays(121)));
        assertEquals("over 120", label(AS_OF.minusYears(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30,30", "60,30", "0,30", "30,,60", "30;60", "-5", "4000", "1,2,3,4,5,6,7,8,9,10,11,12,13"})
    void boundsThatDoNotRiseFromOneAreRefused(String bounds) {
        assertThrows(IllegalArgumentException.class, () -> AgeingBuckets.of(bounds));
    }

    private String label(LocalDate due) {
        return buckets.of(due, AS_OF).label();
    }
}
