package io.orderflow.salesorder.internal.domain;

import io.orderflow.salesorder.api.OrderLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Order lines as the sales events carry them: lineNo, productCode, specification ("" when none), quantity, unit. */
public final class LinePayloads {

    private LinePayloads() {
    }

    public static List<Map<String, Object>> of(List<OrderLine> lines) {
        return lines.stream().map(LinePayloads::of).toList();
    }

    private static Map<String, Object> of(OrderLine line) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("lineNo", line.lineNo());
        payload.put("productCode", line.productCode().value());
        payload.put("specification", line.specification() == null ? "" : line.specification());
        payload.put("quantity", line.quantity().toPlainString());
        payload.put("unit", line.unit());
        return payload;
    }
}
