package io.orderflow.salesorder.internal.domain;

import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.event.OrderedLine;
import java.util.List;

/** Order lines as the sales events carry them. */
public final class LinePayloads {

    private LinePayloads() {
    }

    public static List<OrderedLine> of(List<OrderLine> lines) {
        return lines.stream().map(line -> new OrderedLine(line.lineNo(), line.productCode().value(),
                line.specification(), line.quantity(), line.unit())).toList();
    }
}
