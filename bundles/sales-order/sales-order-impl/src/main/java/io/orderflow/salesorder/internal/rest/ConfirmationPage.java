package io.orderflow.salesorder.internal.rest;

import io.orderflow.platform.api.text.Text;
import io.orderflow.salesorder.api.OrderConfirmation;
import io.orderflow.salesorder.api.OrderLine;

/** The order confirmation as a self-contained HTML page, printable as it is. */
final class ConfirmationPage {

    private ConfirmationPage() {
    }

    static String render(OrderConfirmation c) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Order confirmation ")
                .append(Text.html(c.number())).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 8px}"
                        + "td.n{text-align:right}</style></head><body>\n")
                .append("<h1>Order confirmation ").append(Text.html(c.number())).append("</h1>\n")
                .append("<p>Customer: ").append(Text.html(c.customerName())).append(" (").append(Text.html(c.customerId()))
                .append("), your order ").append(Text.html(c.customerPo())).append("<br>Revision ").append(c.revision())
                .append(", confirmed ").append(c.confirmedAt()).append("</p>\n")
                .append("<table><tr><th>#</th><th>Product</th><th>Specification</th><th>Quantity</th>"
                        + "<th>Unit price</th><th>Amount</th></tr>\n");
        for (OrderLine l : c.lines()) {
            html.append("<tr><td>").append(l.lineNo()).append("</td><td>").append(Text.html(l.productCode().value()))
                    .append("</td><td>").append(Text.html(l.specification())).append("</td><td class=\"n\">")
                    .append(l.quantity().toPlainString()).append(' ').append(Text.html(l.unit())).append("</td><td class=\"n\">")
                    .append(Text.html(l.unitPrice().toString())).append("</td><td class=\"n\">").append(Text.html(l.amount().toString()))
                    .append("</td></tr>\n");
        }
        return html.append("</table>\n<p><strong>Total ").append(Text.html(c.total().toString())).append("</strong><br>")
                .append("Delivery on ").append(c.requestedDelivery()).append(" to ").append(Text.html(c.deliveryAddress().line1()))
                .append(", ").append(Text.html(c.deliveryAddress().city())).append(' ').append(Text.html(c.deliveryAddress().country()))
                .append("<br>Payment terms: ").append(Text.html(c.paymentTerms())).append("</p>\n</body></html>\n").toString();
    }
}
