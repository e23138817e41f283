package io.orderflow.salesorder.internal.domain;

import io.orderflow.salesorder.api.OrderStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import io.orderflow.platform.api.text.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The monthly archive of orders (docs/business-rules.md §2.7): one CSV row per order line, grouped by product and
 * customer.
 */
public final class SalesArchive {

    static final String[] HEADER = {"productCode", "customerId", "orderNumber", "customerPo", "status", "revision",
        "receivedAt", "confirmedAt", "lineNo", "specification", "quantity", "unit", "unitPrice", "currency",
        "lineAmount"};

    /** One order line as archived; the caller gives them in archive order (product, customer, order, line). */
    public record ArchiveLine(String productCode, String customerId, String orderNumber, String customerPo,
                              OrderStatus status, int revision, Instant receivedAt, Instant confirmedAt, int lineNo,
                              String specification, BigDecimal quantity, String unit, BigDecimal unitPrice,
                              String currency) {

        BigDecimal amount() {
            return quantity.multiply(unitPrice).setScale(unitPrice.scale(), RoundingMode.HALF_UP);
        }
    }

    private SalesArchive() {
    }

    public static void write(List<ArchiveLine> lines, Writer out) {
        try {
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out);
            for (ArchiveLine line : lines) {
                // values typed by customers and partners must not become live formulas in a spreadsheet
                csv.printRecord(Stream.of(line.productCode(), line.customerId(), line.orderNumber(), line.customerPo(),
                        line.status(), line.revision(), line.receivedAt(), line.confirmedAt(), line.lineNo(),
                        line.specification(), line.quantity().toPlainString(), line.unit(),
                        line.unitPrice().toPlainString(), line.currency(), line.amount().toPlainString())
                        .map(Text::csvCell));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the archive failed", e);
        }
    }
}
