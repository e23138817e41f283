package io.orderflow.salesorder.internal.rest;

import io.orderflow.salesorder.api.OrderConfirmation;
import io.orderflow.salesorder.api.OrderLine;

/** The order confirmation as a self-contained HTML page, printable as it is. */
final class ConfirmationPage {

    private ConfirmationPage() {
    }

    static String render(OrderConfirmation c) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Order confirmation ")
                .append(esc(c.number())).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 8px}"
                        + "td.n{text-align:right}</style></head><body>\n")
                .append("<h1>Order confirmation ").append(esc(c.number())).append("</h1>\n")
                .append("<p>Customer: ").append(esc(c.customerName())).append(" (").append(esc(c.customerId()))
                .append("), your order ").append(esc(c.customerPo())).append("<br>Revision ").append(c.revision())
                .append(", confirmed ").append(c.confirmedAt()).append("</p>\n")
                .append("<table><tr><th>#</th><th>Product</th><th>Specification</th><th>Quantity</th>"
                        + "<th>Unit price</th><th>Amount</th></tr>\n");
        for (OrderLine l : c.lines()) {
            html.append("<tr><td>").append(l.lineNo()).append("</td><td>").append(esc(l.productCode().value()))
                    .append("</td><td>").append(esc(l.specification())).append("</td><td class=\"n\">")
                    .append(l.quantity().toPlainString()).append(' ').append(esc(l.unit())).append("</td><td class=\"n\">")
                    .append(esc(l.unitPrice().toString())).append("</td><td class=\"n\">").append(esc(l.amount().toString()))
                    .append("</td></tr>\n");
        }
        return html.append("</table>\n<p><strong>Total ").append(esc(c.total().toString())).append("</strong><br>")
                .append("Delivery on ").append(c.requestedDelivery()).append(" to ").append(esc(c.deliveryAddress().line1()))
                .append(", ").append(esc(c.deliveryAddress().city())).append(' ').append(esc(c.deliveryAddress().country()))
                .append("<br>Payment terms: ").append(esc(c.paymentTerms())).append("</p>\n</body></html>\n").toString();
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
