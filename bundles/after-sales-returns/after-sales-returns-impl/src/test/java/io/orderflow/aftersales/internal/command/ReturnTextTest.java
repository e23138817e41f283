package io.orderflow.aftersales.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.aftersales.api.Cause;
import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.Disposition;
import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.ReturnReason;
import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.aftersales.api.Satisfaction;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnTextTest {

    private static final Instant T1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-03T09:30:00Z");

    @Test
    void theWholeStoryOfAReturnReadsLineByLine() {
        CustomerReturn r = new CustomerReturn("RET-2026-000001", "RMA-2026-000001", "SO-2026-000001", "CUST-A",
                ReturnStatus.REMEDYING, ReturnReason.QUALITY_DEFECT, "lamps flicker", Remedy.EXCHANGE,
                LocalDate.of(2026, 2, 20),
                List.of(new CustomerReturn.Line(1, "LED-LAMP", q("5.0000"), q("3.0000"), q("3.0000"), q("2.0000"),
                        q("0.0000"))),
                List.of(new CustomerReturn.Signature("marketing-manager", "mia", true, null, null, T1),
                        new CustomerReturn.Signature("quality", "quinn", true, true, "driver batch 7", T1)),
                List.of(new CustomerReturn.Evidence(1, "flicker.jpg", "image/jpeg", 2048, "rita", T1)),
                List.of(new CustomerReturn.Receipt(1, "WH-SOUTH", List.of(new CustomerReturn.Quantity(1, q("3"))),
                        "wes", T2)),
                List.of(new CustomerReturn.Inspection(1, q("2"), Cause.COMPANY_QUALITY, Disposition.REWORK, null,
                                "quinn", T2),
                        new CustomerReturn.Inspection(1, q("1"), Cause.TRANSIT_DAMAGE, Disposition.SCRAP,
                                "housing cracked", "quinn", T2)),
                List.of(new CustomerReturn.RemedyDecision(1, Remedy.EXCHANGE, q("2"), null, "SO-2026-000042", false,
                        "dana", T2)),
                "SO-2026-000042", "Your return RMA-2026-000001 is authorised", new Satisfaction(4,
                "quick\u001b[2J", "rita", T2), "rita", T1);

        assertEquals(List.of(
                "RET-2026-000001  RMA-2026-000001  SO-2026-000001  CUST-A  REMEDYING  QUALITY_DEFECT  asks EXCHANGE"
                        + "  2026-03-02T08:00:00Z",
                "    requested by rita, goods delivered 2026-02-20",
                "    description: lamps flicker",
                "    line 1  LED-LAMP  5  received 3  inspected 3  remedied 2  done 0",
                "    signed by mia (marketing-manager) 2026-03-02T08:00:00Z: approved",
                "    signed by quinn (quality) 2026-03-02T08:00:00Z: approved, the company's quality: driver batch 7",
                "    evidence 1  flicker.jpg  image/jpeg  2048 bytes  by rita 2026-03-02T08:00:00Z",
                "    receipt 1  WH-SOUTH  line 1: 3  by wes 2026-03-03T09:30:00Z",
                "    inspected line 1  2  COMPANY_QUALITY  REWORK  by quinn 2026-03-03T09:30:00Z",
                "    inspected line 1  1  TRANSIT_DAMAGE  SCRAP  by quinn 2026-03-03T09:30:00Z: housing cracked",
                "    remedy line 1  2  EXCHANGE  SO-2026-000042  under way  approved by dana 2026-03-03T09:30:00Z",
                "    replacement order SO-2026-000042",
                "    notice to the customer: Your return RMA-2026-000001 is authorised",
                // the escape sequence of the customer's comment is shown, not run
                "    satisfaction 4/5 recorded by rita 2026-03-03T09:30:00Z: quick\\u001b[2J"), printed(r));
    }

    @Test
    void aFreshRequestShowsNoEmptySections() {
        CustomerReturn r = new CustomerReturn("RET-2026-000002", null, "SO-2026-000003", "CUST-B",
                ReturnStatus.REQUESTED, ReturnReason.NOT_WANTED, null, Remedy.REFUND, null,
                List.of(new CustomerReturn.Line(2, "LED-TUBE", q("1"), q("0"), q("0"), q("0"), q("0"))), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, null, "rita", T1);
        assertEquals(List.of(
                "RET-2026-000002  -  SO-2026-000003  CUST-B  REQUESTED  NOT_WANTED  asks REFUND  2026-03-02T08:00:00Z",
                "    requested by rita",
                "    line 2  LED-TUBE  1  received 0  inspected 0  remedied 0  done 0"), printed(r));
    }

    private static List<String> printed(CustomerReturn r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReturnText.full(SafePrintStream.of(new PrintStream(bytes, true, StandardCharsets.UTF_8)), r);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static BigDecimal q(String value) {
        return new BigDecimal(value);
    }
}
